import type { GatheringFact } from '../projections/knowledge/gathering.projection';
import type { KennisrotondeCaseFact } from '../projections/knowledge/kennisrotonde-case.projection';
import type { KnowledgeProductFact } from '../projections/knowledge/product.projection';
import type { KnowledgeRatingFact } from '../projections/knowledge/rating.projection';
import type { KnowledgeUseFact } from '../projections/knowledge/use.projection';

/**
 * The knowledge-sharing records a rule reads: every one for the reference computation; for the live views
 * those of one unit (a school's uses and questions, or one product, rating, question or gathering).
 */
export interface KnowledgeRecords {
  products: readonly KnowledgeProductFact[];
  ratings: readonly KnowledgeRatingFact[];
  uses: readonly KnowledgeUseFact[];
  cases: readonly KennisrotondeCaseFact[];
  gatherings: readonly GatheringFact[];
}

/** No knowledge records: what a unit without any holds. */
export const NO_KNOWLEDGE_RECORDS: KnowledgeRecords = Object.freeze({
  products: [],
  ratings: [],
  uses: [],
  cases: [],
  gatherings: [],
});
