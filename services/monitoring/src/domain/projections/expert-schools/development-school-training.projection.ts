import {
  type ApproachOrigin,
  DevelopmentSchoolTrainedV1,
  type DevelopmentSchoolTrainedV1Data,
} from '@okr/contracts';
import type { Sector } from '../../views';
import { handlerFor, projection, type FactEvent } from '../projection';

/** A development school that completed an expert school's learning track, by development-school id. */
export interface DevelopmentSchoolTrainingFact {
  developmentSchoolId: string;
  brin: string;
  sector: Sector;
  /** The school year of the learning track. */
  schoolYear: string;
  trainedOn: string;
  approachOrigin: ApproachOrigin;
  confidenceBefore: number;
  confidenceAfter: number;
  stamp: string;
}

const on = handlerFor<DevelopmentSchoolTrainingFact>();

/** Learning tracks completed; a track is completed once, so a second event of it keeps the earliest. */
export const developmentSchoolTrainingProjection = projection('developmentSchoolTrainings', [
  on(DevelopmentSchoolTrainedV1, {
    key: (data) => data.developmentSchoolId,
    initial: trainingOf,
    evolve: (training, event) => {
      const next = trainingOf(event);
      if (`${next.trainedOn}|${next.stamp}` < `${training.trainedOn}|${training.stamp}`)
        Object.assign(training, next);
    },
  }),
]);

function trainingOf({
  data,
  stamp,
}: FactEvent<DevelopmentSchoolTrainedV1Data>): DevelopmentSchoolTrainingFact {
  const {
    developmentSchoolId,
    brin,
    sector,
    schoolYear,
    trainedOn,
    approachOrigin,
    confidenceBefore,
    confidenceAfter,
  } = data;
  return {
    developmentSchoolId,
    brin,
    sector,
    schoolYear,
    trainedOn,
    approachOrigin,
    confidenceBefore,
    confidenceAfter,
    stamp,
  };
}
