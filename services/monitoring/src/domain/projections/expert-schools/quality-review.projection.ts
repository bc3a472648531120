import { ExpertSchoolQualityReviewedV1, type ExpertSchoolQualityReviewedV1Data } from '@okr/contracts';
import type { Sector } from '../../views';
import { handlerFor, projection, type FactEvent } from '../projection';

/** The yearly quality review of an expert school, by `${brin}|${schoolYear}`. */
export interface QualityReviewFact {
  brin: string;
  sector: Sector;
  schoolYear: string;
  reviewedOn: string;
  sustainablyHighQuality: boolean;
  stamp: string;
}

const on = handlerFor<QualityReviewFact>();

/** One review per school and year; should it be recorded twice, the latest recording (by stamp) holds. */
export const qualityReviewProjection = projection('expertSchoolQualityReviews', [
  on(ExpertSchoolQualityReviewedV1, {
    key: (data) => `${data.brin}|${data.schoolYear}`,
    initial: reviewOf,
    evolve: (review, event) => {
      const next = reviewOf(event);
      if (next.stamp > review.stamp) Object.assign(review, next);
    },
  }),
]);

function reviewOf({ data, stamp }: FactEvent<ExpertSchoolQualityReviewedV1Data>): QualityReviewFact {
  const { brin, sector, schoolYear, reviewedOn, sustainablyHighQuality } = data;
  return { brin, sector, schoolYear, reviewedOn, sustainablyHighQuality, stamp };
}
