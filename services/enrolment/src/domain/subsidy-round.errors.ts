import { DomainError } from './domain.errors';

export const ROUND_ERROR_CODES = [
  'ROUND.ALREADY_OPENED',
  'ROUND.NOT_FOUND',
  'ROUND.INVALID_SCHOOL_YEAR',
  'ROUND.INVALID_PERIOD',
  'ROUND.INVALID_BUDGET',
  'ROUND.INVALID_MAX_GRANTS',
  'ROUND.INVALID_ACTIVITY_AMOUNTS',
  'ROUND.INVALID_AMOUNT',
  'ROUND.BUDGET_EXHAUSTED',
  'ROUND.MAX_GRANTS_REACHED',
  'ROUND.ALREADY_GRANTED',
  'ROUND.NOT_GRANTED',
] as const;
export type RoundErrorCode = (typeof ROUND_ERROR_CODES)[number];

export class RoundError extends DomainError<RoundErrorCode> {}
