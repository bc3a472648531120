import { gatheringProjection } from './gathering.projection';
import { kennisrotondeCaseProjection } from './kennisrotonde-case.projection';
import { knowledgeProductProjection } from './product.projection';
import { knowledgeRatingProjection } from './rating.projection';
import { knowledgeUseProjection } from './use.projection';

/** The facts monitoring keeps of the knowledge-sharing context, one projection per record kind. */
export const knowledgeProjections = [
  knowledgeProductProjection,
  knowledgeRatingProjection,
  knowledgeUseProjection,
  kennisrotondeCaseProjection,
  gatheringProjection,
] as const;
