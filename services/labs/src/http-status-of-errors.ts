import type { LabsErrorCode } from './domain/labs.errors';

/**
 * The HTTP status of every labs error code, spelled out: 404 for what does not exist, 409 for what the
 * current state refuses (a transition the 5D model or the pilot lifecycle does not allow, something there
 * already), 422 for a well-formed request that breaks a rule (a missing deliverable, a day out of order).
 */
export const LABS_ERROR_STATUS = {
  'LAB.NOT_FOUND': 404,
  'LAB.ALREADY_STARTED': 409,
  'LAB.PHASE_OUT_OF_ORDER': 409,
  'LAB.DATE_OUT_OF_ORDER': 422,
  'LAB.PARTNER_NOT_FOUND': 404,
  'LAB.PARTNER_ALREADY_JOINED': 409,
  'LAB.PARTNER_ALREADY_LEFT': 409,
  'ROSTER.SCHOOL_ALREADY_ON_ROSTER': 409,
  'ROSTER.SCHOOL_NOT_ON_ROSTER': 404,
  'ROSTER.DATE_OUT_OF_ORDER': 422,
  'SUB_PROJECT.NOT_FOUND': 404,
  'SUB_PROJECT.ALREADY_STARTED': 409,
  'SUB_PROJECT.IMPOSSIBLE_TRANSITION': 409,
  'SUB_PROJECT.CONCLUDED': 409,
  'SUB_PROJECT.NOT_IN_DECIDE': 409,
  'SUB_PROJECT.DELIVERABLE_REQUIRED': 422,
  'SUB_PROJECT.WRONG_DELIVERABLE': 422,
  'SUB_PROJECT.NO_INTERVENTION': 422,
  'SUB_PROJECT.DATE_OUT_OF_ORDER': 422,
  'PILOT.NOT_FOUND': 404,
  'PILOT.ALREADY_PLANNED': 409,
  'PILOT.INVALID_TRANSITION': 409,
  'PILOT.SUB_PROJECT_OF_ANOTHER_LAB': 422,
  'PILOT.UNKNOWN_INTERVENTION': 422,
  'PILOT.SCHOOL_NOT_ON_ROSTER': 422,
  'PILOT.REASON_REQUIRED': 422,
  'PILOT.EFFECT_REQUIRED': 422,
  'PILOT.DATE_OUT_OF_ORDER': 422,
  'REPORT.NOT_FOUND': 404,
  'REPORT.ALREADY_PUBLISHED': 409,
  'REPORT.UNKNOWN_DELIVERABLE': 422,
  'LAB_DAY.NOT_FOUND': 404,
  'LAB_DAY.ALREADY_HELD': 409,
  'LAB_DAY.SCHOOL_NOT_ON_ROSTER': 422,
  // Two writers changed the same aggregate at once, and deciding again did not resolve it.
  'COMMIT.CONCURRENCY_CONFLICT': 409,
} as const satisfies Record<LabsErrorCode | 'COMMIT.CONCURRENCY_CONFLICT', 404 | 409 | 422>;
