import {
  type CalendarDay,
  type KnowledgeProductType,
  type RatingRoleGroup,
  type RespondentRole,
  ROLE_GROUP_OF_RESPONDENT,
} from '@okr/contracts';
import { domainEvent, type Decision, type DomainEvent } from './knowledge-event.value-object';
import { DomainError } from './domain.errors';

export const RATING_ERROR_CODES = ['RATING.ALREADY_RECORDED', 'RATING.INVALID_SCORE'] as const;
export type RatingErrorCode = (typeof RATING_ERROR_CODES)[number];
export class RatingError extends DomainError<RatingErrorCode> {}

/** One respondent's 1–10 rating of a product; the comment stays in this service. */
export interface RatingState {
  readonly ratingId: string;
  readonly productId: string;
  readonly respondentRole: RespondentRole;
  readonly roleGroup: RatingRoleGroup;
  readonly score: number;
  readonly ratedOn: CalendarDay;
  readonly comment?: string;
}

/** Records a rating of a published product. */
export function rateProduct(
  current: RatingState | undefined,
  input: {
    readonly ratingId: string;
    readonly productId: string;
    readonly productType: KnowledgeProductType;
    readonly respondentRole: RespondentRole;
    readonly score: number;
    readonly ratedOn: CalendarDay;
    readonly comment?: string;
  },
): Decision<RatingState, DomainEvent<'KnowledgeProductRated'>> {
  if (current) {
    throw new RatingError('RATING.ALREADY_RECORDED', `Rating ${current.ratingId} was already recorded`);
  }
  if (!Number.isInteger(input.score) || input.score < 1 || input.score > 10) {
    throw new RatingError('RATING.INVALID_SCORE', 'A rating is a whole number from 1 to 10', {
      score: input.score,
    });
  }
  const roleGroup = ROLE_GROUP_OF_RESPONDENT[input.respondentRole];
  const comment = input.comment?.trim();
  return {
    state: {
      ratingId: input.ratingId,
      productId: input.productId,
      respondentRole: input.respondentRole,
      roleGroup,
      score: input.score,
      ratedOn: input.ratedOn,
      ...(comment ? { comment } : {}),
    },
    events: [
      domainEvent('KnowledgeProductRated', {
        ratingId: input.ratingId,
        productId: input.productId,
        productType: input.productType,
        respondentRole: input.respondentRole,
        roleGroup,
        score: input.score,
        ratedOn: input.ratedOn,
      }),
    ],
  };
}

/** The average of some ratings and how many there are; null average for none. */
export interface RatingAverage {
  readonly count: number;
  readonly average: number | null;
}

/** A product's ratings overall, per KPI role group and per respondent role; averages to one decimal. */
export interface RatingSummary {
  readonly overall: RatingAverage;
  readonly byRoleGroup: Readonly<Record<RatingRoleGroup, RatingAverage>>;
  readonly byRole: Readonly<Partial<Record<RespondentRole, RatingAverage>>>;
}

export function summariseRatings(
  ratings: readonly Pick<RatingState, 'score' | 'respondentRole'>[],
): RatingSummary {
  const averageOf = (scores: readonly number[]): RatingAverage => ({
    count: scores.length,
    average:
      scores.length === 0
        ? null
        : Math.round((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 10) / 10,
  });
  const byRole: Partial<Record<RespondentRole, RatingAverage>> = {};
  for (const role of new Set(ratings.map((rating) => rating.respondentRole))) {
    byRole[role] = averageOf(ratings.filter((rating) => rating.respondentRole === role).map((r) => r.score));
  }
  const inGroup = (group: RatingRoleGroup): number[] =>
    ratings.filter((rating) => ROLE_GROUP_OF_RESPONDENT[rating.respondentRole] === group).map((r) => r.score);
  return {
    overall: averageOf(ratings.map((rating) => rating.score)),
    byRoleGroup: {
      'teachers-and-school-leaders': averageOf(inGroup('teachers-and-school-leaders')),
      'other-professionals': averageOf(inGroup('other-professionals')),
    },
    byRole,
  };
}
