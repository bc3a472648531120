import { type Activity, ExpertCoachTrainedV1, type ExpertCoachTrainedV1Data } from '@okr/contracts';
import type { Sector } from '../../views';
import { handlerFor, projection, type FactEvent } from '../projection';

export interface CoachFact {
  coachId: string;
  /** brin, activity and sector of the coach's first training: earliest trainedOn, then stamp. */
  brin: string;
  activity: Activity;
  sector: Sector;
  trainedOn: string;
  trainingStamp: string;
}

const on = handlerFor<CoachFact>();

/** Expert coaches by id, with their first training. */
export const coachProjection = projection('coaches', [
  on(ExpertCoachTrainedV1, {
    key: (data) => data.coachId,
    initial: trainingOf,
    evolve: (coach, event) => {
      const training = trainingOf(event);
      if (`${training.trainedOn}|${training.trainingStamp}` < `${coach.trainedOn}|${coach.trainingStamp}`) {
        Object.assign(coach, training);
      }
    },
  }),
]);

function trainingOf({ data, stamp }: FactEvent<ExpertCoachTrainedV1Data>): CoachFact {
  const { coachId, brin, activity, sector, trainedOn } = data;
  return { coachId, brin, activity, sector, trainedOn, trainingStamp: stamp };
}
