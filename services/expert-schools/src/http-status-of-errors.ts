import type { DomainErrorStatus } from '@okr/service-kit';
import type { ExpertSchoolsErrorCode } from './domain/expert-schools.errors';

/**
 * The HTTP status of every domain error code: 404 for what does not exist, 409 for what the current state
 * refuses (someone was first, or the step is not open now), 422 for a request that is well-formed but breaks a
 * rule of the programme.
 */
export const EXPERT_SCHOOLS_ERROR_STATUS = {
  'ASPIRANT.NOT_FOUND': 404,
  'ASPIRANT.INVALID_TRANSITION': 409,
  'ASPIRANT.ASSESSMENT_INCOMPLETE': 422,
  'ASPIRANT.CRITERIA_NOT_MET': 422,
  'ASPIRANT.NOT_ASSESSED': 409,
  'ASPIRANT.TEAM_INCOMPLETE': 422,
  'ASPIRANT.LAB_INTERVENTION_MISMATCH': 422,
  'ASPIRANT.UNKNOWN_LAB_INTERVENTION': 422,
  'DEVELOPMENT_SCHOOL.NOT_FOUND': 404,
  'DEVELOPMENT_SCHOOL.WITHDRAWN': 409,
  'DEVELOPMENT_SCHOOL.NO_IMPROVEMENT_QUESTION': 409,
  'DEVELOPMENT_SCHOOL.ALREADY_IN_HUB': 409,
  'EXPERT_SCHOOL.NOT_FOUND': 404,
  'HUB.NOT_FOUND': 404,
  'HUB.ALREADY_EXISTS': 409,
  'HUB.FULL': 409,
  'HUB.FORMING': 409,
  'HUB.ALREADY_MEMBER': 409,
  'HUB.NOT_A_MEMBER': 404,
  'HUB.ALREADY_TRAINED': 409,
  'HUB.SCHOOL_YEAR_MISMATCH': 422,
  'COURSE.NOT_FOUND': 404,
  'COURSE.SESSION_ALREADY_GIVEN': 409,
  'COURSE.PARTICIPANT_IS_HOST': 422,
  'NETWORK.NOT_FOUND': 404,
  'NETWORK.ALREADY_FORMED': 409,
  'NETWORK.NO_MEMBERS': 422,
  'QUALITY_REVIEW.ALREADY_REVIEWED': 409,
  'QUALITY_REVIEW.NOT_FOUND': 404,
  'RESULTS.NOT_FOUND': 404,
  'RESULTS.NO_VALID_ROWS': 422,
  'RESULTS.UNREADABLE': 422,
  'RESULTS.MISSING_COLUMNS': 422,
  'RESULTS.TOO_MANY_ROWS': 422,
  'DAY.OUT_OF_ORDER': 422,
} as const satisfies Record<ExpertSchoolsErrorCode, 404 | 409 | 422>;

export const EXPERT_SCHOOLS_DOMAIN_ERROR_STATUS: DomainErrorStatus = {
  ...EXPERT_SCHOOLS_ERROR_STATUS,
  // Two writers changed one aggregate at once and the retries ran out: try again.
  'COMMIT.CONCURRENCY_CONFLICT': 409,
};
