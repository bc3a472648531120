import {
  type FiveDPhase,
  SubProjectDecidedV1,
  SubProjectPhaseEnteredV1,
  SubProjectStartedV1,
  type SubProjectDecision,
} from '@okr/contracts';
import { union } from '../merge';
import { handlerFor, projection } from '../projection';

/** A lab's sub-project in the 5D model: its current phase, the phases it reached, and whether it concluded. */
export interface SubProjectFact {
  subProjectId: string;
  labId: string;
  /** The phase entered last by business day (ties: by stamp), and that day. */
  phase?: FiveDPhase;
  phaseEnteredOn?: string;
  phaseStamp?: string;
  /** Every phase it was in, sorted. */
  reached: FiveDPhase[];
  /** A scale-up or stop decision concludes it (adjust sends it back instead). */
  conclusion?: Exclude<SubProjectDecision, 'adjust'>;
  concludedOn?: string;
}

const on = handlerFor<SubProjectFact>();
const bySubProject = {
  key: (data: { subProjectId: string }) => data.subProjectId,
  initial: ({ data }: { data: { subProjectId: string; labId: string } }): SubProjectFact => ({
    subProjectId: data.subProjectId,
    labId: data.labId,
    reached: [],
  }),
};

function enter(subProject: SubProjectFact, phase: FiveDPhase, on: string, stamp: string): void {
  subProject.reached = union(subProject.reached, [phase]);
  const held = `${subProject.phaseEnteredOn ?? ''}|${subProject.phaseStamp ?? ''}`;
  if (subProject.phase === undefined || `${on}|${stamp}` > held) {
    subProject.phase = phase;
    subProject.phaseEnteredOn = on;
    subProject.phaseStamp = stamp;
  }
}

/** Sub-projects by id: where each is in the 5D model, for the funnel per lab. */
export const subProjectProjection = projection('subProjects', [
  on(SubProjectStartedV1, {
    ...bySubProject,
    evolve: (subProject, { data, stamp }) => enter(subProject, data.phase, data.startedOn, stamp),
  }),
  on(SubProjectPhaseEnteredV1, {
    ...bySubProject,
    evolve: (subProject, { data, stamp }) => {
      subProject.reached = union(subProject.reached, [data.fromPhase]);
      enter(subProject, data.phase, data.enteredOn, stamp);
    },
  }),
  on(SubProjectDecidedV1, {
    ...bySubProject,
    evolve: (subProject, { data }) => {
      subProject.reached = union(subProject.reached, ['decide']);
      if (data.decision === 'adjust') return;
      // Concluded once; two conclusions (never published) would keep the earliest, whatever the order.
      if (subProject.concludedOn === undefined || data.decidedOn < subProject.concludedOn) {
        subProject.conclusion = data.decision;
        subProject.concludedOn = data.decidedOn;
      }
    },
  }),
]);
