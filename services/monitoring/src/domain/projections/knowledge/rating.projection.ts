import { type RatingRoleGroup, KnowledgeProductRatedV1 } from '@okr/contracts';
import { handlerFor, projection } from '../projection';

/** One rating of a knowledge product, by the KPI group of its respondent. */
export interface KnowledgeRatingFact {
  ratingId: string;
  productId: string;
  roleGroup: RatingRoleGroup;
  score: number;
  ratedOn: string;
}

const on = handlerFor<KnowledgeRatingFact>();

/** Ratings by id: a rating is recorded once, so its one event gives every field. */
export const knowledgeRatingProjection = projection('knowledgeRatings', [
  on(KnowledgeProductRatedV1, {
    key: (data) => data.ratingId,
    initial: ({ data }) => ({
      ratingId: data.ratingId,
      productId: data.productId,
      roleGroup: data.roleGroup,
      score: data.score,
      ratedOn: data.ratedOn,
    }),
    evolve: () => undefined,
  }),
]);
