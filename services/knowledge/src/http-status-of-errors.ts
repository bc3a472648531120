import type { DomainErrorStatus } from '@okr/service-kit';
import type { CaseErrorCode } from './domain/kennisrotonde-case.entity';
import type { GatheringErrorCode } from './domain/gathering.entity';
import type { ProductErrorCode } from './domain/product.errors';
import type { RatingErrorCode } from './domain/rating.entity';
import type { UseErrorCode } from './domain/use.entity';

type KnowledgeErrorCode =
  | ProductErrorCode
  | RatingErrorCode
  | UseErrorCode
  | CaseErrorCode
  | GatheringErrorCode
  | 'COMMIT.CONCURRENCY_CONFLICT';

/**
 * The HTTP status of every domain error code: 404 for what does not exist, 409 for what the current state
 * refuses, 422 for a request that is well-formed but breaks a rule.
 */
export const KNOWLEDGE_ERROR_STATUS = {
  'PRODUCT.NOT_FOUND': 404,
  'PRODUCT.ALREADY_EXISTS': 409,
  'PRODUCT.IN_REVIEW': 409,
  'PRODUCT.NOTHING_TO_SUBMIT': 409,
  'PRODUCT.NOT_IN_REVIEW': 409,
  'PRODUCT.REASONS_REQUIRED': 422,
  'PRODUCT.NOT_PUBLISHED': 409,
  'PRODUCT.RETIRED': 409,
  'PRODUCT.NOT_AN_INTERVENTION': 409,
  'PRODUCT.DAY_OUT_OF_ORDER': 422,
  'RATING.ALREADY_RECORDED': 409,
  'RATING.INVALID_SCORE': 422,
  'USE.ALREADY_RECORDED': 409,
  'CASE.NOT_FOUND': 404,
  'CASE.ALREADY_RECEIVED': 409,
  'CASE.INVALID_TRANSITION': 409,
  'CASE.DAY_OUT_OF_ORDER': 422,
  'CASE.INVALID_ERASURE': 422,
  'GATHERING.ALREADY_RECORDED': 409,
  'GATHERING.NOT_FOUND': 404,
  'COMMIT.CONCURRENCY_CONFLICT': 409,
} as const satisfies Record<KnowledgeErrorCode, 404 | 409 | 422> satisfies DomainErrorStatus;
