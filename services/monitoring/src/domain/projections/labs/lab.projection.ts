import { LAB_PHASES, type LabPhase, LabPhaseEnteredV1, LabStartedV1 } from '@okr/contracts';
import { earliest } from '../merge';
import { handlerFor, projection } from '../projection';

/** A co-creation lab: when it started, and the furthest phase it entered (phases only move on). */
export interface LabFact {
  labId: string;
  labCode?: string;
  /** The earliest startedOn of LabStarted; absent: no LabStarted seen (yet). */
  startedOn?: string;
  /** The furthest of pilot → design → impact-evaluation entered, and the earliest day it was entered. */
  phase?: LabPhase;
  phaseEnteredOn?: string;
}

const on = handlerFor<LabFact>();
const byLab = {
  key: (data: { labId: string }) => data.labId,
  initial: ({ data }: { data: { labId: string } }): LabFact => ({ labId: data.labId }),
};

/** Labs by id: started by their earliest LabStarted, in the furthest phase they entered. */
export const labProjection = projection('labs', [
  on(LabStartedV1, {
    ...byLab,
    evolve: (lab, { data }) => {
      lab.startedOn = earliest(lab.startedOn, data.startedOn);
      lab.labCode = data.labCode;
    },
  }),
  on(LabPhaseEnteredV1, {
    ...byLab,
    evolve: (lab, { data }) => {
      const held = lab.phase === undefined ? -1 : LAB_PHASES.indexOf(lab.phase);
      const next = LAB_PHASES.indexOf(data.phase);
      if (next > held) {
        lab.phase = data.phase;
        lab.phaseEnteredOn = data.enteredOn;
      } else if (next === held) {
        lab.phaseEnteredOn = earliest(lab.phaseEnteredOn, data.enteredOn);
      }
    },
  }),
]);
