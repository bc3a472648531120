import { defineAggregates } from '@okr/messaging';
import { KNOWLEDGE_EVENTS } from '@okr/contracts';
import { v5 as uuidv5 } from 'uuid';
import { CaseError } from '../domain/kennisrotonde-case.entity';
import { GatheringError } from '../domain/gathering.entity';
import { subjectOf } from '../domain/knowledge-event.value-object';
import { ProductError } from '../domain/product.errors';

/**
 * The knowledge store as configuration (libs/messaging's AggregateStore): where each aggregate lives, what it
 * is called in the commits, its not-found error, the fields lists narrow by, and the contracts its events go
 * out under.
 */
export const KNOWLEDGE_AGGREGATES = defineAggregates({
  events: KNOWLEDGE_EVENTS,
  subjectOf,
  types: {
    product: {
      name: 'knowledge-product',
      stream: 'product',
      notFound: (productId) =>
        new ProductError('PRODUCT.NOT_FOUND', `No knowledge product ${productId}`, { productId }),
      listedBy: ['productType'],
    },
    /** One respondent's rating of a product. */
    rating: { name: 'product-rating', stream: 'rating', listedBy: ['productId'] },
    /** One school's recorded use of a product on a day, from one source. */
    use: { name: 'product-use', stream: 'use', listedBy: ['productId', 'brin'] },
    case: {
      name: 'kennisrotonde-case',
      stream: 'case',
      notFound: (caseId) => new CaseError('CASE.NOT_FOUND', `No Kennisrotonde case ${caseId}`, { caseId }),
    },
    /** A school that takes part in the programme, as the enrolment events tell (`school:<brin>`). */
    participatingSchool: { name: 'participating-school', stream: 'school' },
    gathering: {
      name: 'gathering',
      stream: 'gathering',
      notFound: (gatheringId) =>
        new GatheringError('GATHERING.NOT_FOUND', `No gathering ${gatheringId}`, { gatheringId }),
      listedBy: ['kind'],
    },
  },
});

/** The stream of each aggregate. */
export const streams = {
  product: (productId: string): string => KNOWLEDGE_AGGREGATES.streamOf('product', productId),
  rating: (ratingId: string): string => KNOWLEDGE_AGGREGATES.streamOf('rating', ratingId),
  use: (useId: string): string => KNOWLEDGE_AGGREGATES.streamOf('use', useId),
  case: (caseId: string): string => KNOWLEDGE_AGGREGATES.streamOf('case', caseId),
  participatingSchool: (brin: string): string => KNOWLEDGE_AGGREGATES.streamOf('participatingSchool', brin),
  gathering: (gatheringId: string): string => KNOWLEDGE_AGGREGATES.streamOf('gathering', gatheringId),
} as const;

/** The name each aggregate type has in the commits, which `AggregateStore.list` reads by. */
export const AGGREGATE_TYPES = {
  product: KNOWLEDGE_AGGREGATES.types.product.name,
  rating: KNOWLEDGE_AGGREGATES.types.rating.name,
  use: KNOWLEDGE_AGGREGATES.types.use.name,
  case: KNOWLEDGE_AGGREGATES.types.case.name,
  gathering: KNOWLEDGE_AGGREGATES.types.gathering.name,
} as const;

// A fixed namespace for the name-based ids below (RFC 9562 §5.5), not enrolment's. As bytes: it is not a valid
// UUID text (its variant bits), which the uuid package would refuse, and ids already stored were made with it.
const NAMESPACE = Buffer.from('4b6e6f776c656467652d6f6b72000001', 'hex');

/** A UUID (version 5) derived from its parts: the same parts always give the same id. */
export function nameBasedId(...parts: readonly string[]): string {
  return uuidv5(parts.join('\u0000'), NAMESPACE);
}
