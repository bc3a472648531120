import type { CalendarDay, PillarCode, Sector } from '@okr/contracts';

/**
 * What this service keeps of an intervention a co-creation lab designed (InterventionDesigned): enough to know
 * that an approach "from a lab" names one that exists, and which lab and pillars it belongs to. The labs
 * service owns it; this is a copy.
 */
export interface LabInterventionState {
  readonly interventionId: string;
  readonly labId: string;
  readonly labCode: string;
  readonly themes: readonly PillarCode[];
  readonly sectors: readonly Sector[];
  readonly designedOn: CalendarDay;
}

/** Keeps the intervention as the labs service published it; a redesign under the same id replaces it. */
export function copyLabIntervention(
  _current: LabInterventionState | undefined,
  designed: LabInterventionState,
): { state: LabInterventionState; events: [] } {
  const { interventionId, labId, labCode, themes, sectors, designedOn } = designed;
  return {
    state: { interventionId, labId, labCode, themes: [...themes], sectors: [...sectors], designedOn },
    events: [],
  };
}
