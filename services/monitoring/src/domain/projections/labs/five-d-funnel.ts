import { FIVE_D_PHASES, type FiveDPhase } from '@okr/contracts';
import type { LabFact } from './lab.projection';
import type { SubProjectFact } from './sub-project.projection';

/** One phase of a lab's 5D funnel: how many sub-projects ever reached it, and how many are in it now. */
export interface FiveDFunnelStep {
  phase: FiveDPhase;
  /** Sub-projects that were ever in this phase (one entering at Design never reached Detect). */
  reached: number;
  /** Active sub-projects in this phase now (concluded ones are in none). */
  current: number;
}

/** A lab's sub-projects through the 5D model, as monitoring sees them from the labs' events. */
export interface LabFiveDFunnel {
  labId: string;
  /** The lab's code (taallab, lerarenlab, …) once its LabStarted was read. */
  labCode: string | null;
  subProjects: number;
  steps: FiveDFunnelStep[];
  /** Sub-projects concluded by a decision to scale up or to stop. */
  concluded: { 'scale-up': number; stop: number };
}

/** The 5D funnel of every lab with a sub-project, ordered by lab code, then id: few records, read whole. */
export function fiveDFunnelsOf(tables: {
  labs: Readonly<Record<string, LabFact>>;
  subProjects: Readonly<Record<string, SubProjectFact>>;
}): LabFiveDFunnel[] {
  const byLab = new Map<string, SubProjectFact[]>();
  for (const subProject of Object.values(tables.subProjects)) {
    byLab.set(subProject.labId, [...(byLab.get(subProject.labId) ?? []), subProject]);
  }
  return [...byLab]
    .map(([labId, subProjects]): LabFiveDFunnel => ({
      labId,
      labCode: tables.labs[labId]?.labCode ?? null,
      subProjects: subProjects.length,
      steps: FIVE_D_PHASES.map((phase) => ({
        phase,
        reached: subProjects.filter((subProject) => subProject.reached.includes(phase)).length,
        current: subProjects.filter(
          (subProject) => subProject.conclusion === undefined && subProject.phase === phase,
        ).length,
      })),
      concluded: {
        'scale-up': subProjects.filter((subProject) => subProject.conclusion === 'scale-up').length,
        stop: subProjects.filter((subProject) => subProject.conclusion === 'stop').length,
      },
    }))
    .sort(
      (first, second) =>
        (first.labCode ?? '').localeCompare(second.labCode ?? '') || first.labId.localeCompare(second.labId),
    );
}
