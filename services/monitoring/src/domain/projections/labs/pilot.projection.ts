import { type InterventionResult, PilotCompletedV1 } from '@okr/contracts';
import { handlerFor, projection } from '../projection';

/** A completed pilot of a lab intervention, with its latest recorded result. */
export interface PilotFact {
  pilotId: string;
  labId: string;
  interventionId: string;
  result: InterventionResult;
  pupilResultsEffectSize?: number;
  completedOn: string;
  completionStamp: string;
}

const on = handlerFor<PilotFact>();

/** Completed pilots by id; a later PilotCompleted of the same pilot (a correction) replaces the result. */
export const pilotProjection = projection('pilots', [
  on(PilotCompletedV1, {
    key: (data) => data.pilotId,
    initial: ({ data, stamp }) => ({
      pilotId: data.pilotId,
      labId: data.labId,
      interventionId: data.interventionId,
      result: data.result,
      completedOn: data.completedOn,
      completionStamp: stamp,
    }),
    evolve: (pilot, { data, stamp }) => {
      // Latest by stamp; the record's own first event merges in again as it is created.
      if (stamp < pilot.completionStamp) return;
      pilot.result = data.result;
      pilot.completedOn = data.completedOn;
      if (data.pupilResultsEffectSize === undefined) delete pilot.pupilResultsEffectSize;
      else pilot.pupilResultsEffectSize = data.pupilResultsEffectSize;
      pilot.completionStamp = stamp;
    },
  }),
]);

/** Whether the pilot showed its intervention effective: a measured, positive effect on pupil results. */
export function isEffective(pilot: PilotFact): boolean {
  return pilot.result === 'effective' && (pilot.pupilResultsEffectSize ?? 0) > 0;
}
