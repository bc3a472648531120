/**
 * Every error code of the expert-schools domain. Stable: clients and the HTTP status table
 * (http-status-of-errors.ts) rely on them.
 */
export const EXPERT_SCHOOLS_ERROR_CODES = [
  // aspirants and their training year
  'ASPIRANT.NOT_FOUND',
  'ASPIRANT.INVALID_TRANSITION',
  'ASPIRANT.ASSESSMENT_INCOMPLETE',
  'ASPIRANT.CRITERIA_NOT_MET',
  'ASPIRANT.NOT_ASSESSED',
  'ASPIRANT.TEAM_INCOMPLETE',
  'ASPIRANT.LAB_INTERVENTION_MISMATCH',
  'ASPIRANT.UNKNOWN_LAB_INTERVENTION',
  // development schools
  'DEVELOPMENT_SCHOOL.NOT_FOUND',
  'DEVELOPMENT_SCHOOL.WITHDRAWN',
  'DEVELOPMENT_SCHOOL.NO_IMPROVEMENT_QUESTION',
  'DEVELOPMENT_SCHOOL.ALREADY_IN_HUB',
  // expert schools
  'EXPERT_SCHOOL.NOT_FOUND',
  // hubs
  'HUB.NOT_FOUND',
  'HUB.ALREADY_EXISTS',
  'HUB.FULL',
  'HUB.FORMING',
  'HUB.ALREADY_MEMBER',
  'HUB.NOT_A_MEMBER',
  'HUB.ALREADY_TRAINED',
  'HUB.SCHOOL_YEAR_MISMATCH',
  // courses, networks, reviews
  'COURSE.NOT_FOUND',
  'COURSE.SESSION_ALREADY_GIVEN',
  'COURSE.PARTICIPANT_IS_HOST',
  'NETWORK.NOT_FOUND',
  'NETWORK.ALREADY_FORMED',
  'NETWORK.NO_MEMBERS',
  'QUALITY_REVIEW.ALREADY_REVIEWED',
  'QUALITY_REVIEW.NOT_FOUND',
  // yearly results and the candidate finder
  'RESULTS.NOT_FOUND',
  'RESULTS.NO_VALID_ROWS',
  'RESULTS.UNREADABLE',
  'RESULTS.MISSING_COLUMNS',
  'RESULTS.TOO_MANY_ROWS',
  // days
  'DAY.OUT_OF_ORDER',
] as const;
export type ExpertSchoolsErrorCode = (typeof EXPERT_SCHOOLS_ERROR_CODES)[number];

/**
 * An error a domain rule raised: plain TypeScript with a stable code that the service maps to an HTTP status in
 * one place. `details` holds the facts behind it (ids, codes, days; never personal data).
 */
export class ExpertSchoolsError extends Error {
  constructor(
    readonly code: ExpertSchoolsErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}
