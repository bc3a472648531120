/**
 * Every error a labs rule raises, by stable code. The service maps each to an HTTP status in one table
 * (http-status-of-errors.ts); `details` holds the facts behind it, never personal data.
 */
export const LABS_ERROR_CODES = [
  'LAB.NOT_FOUND',
  'LAB.ALREADY_STARTED',
  'LAB.PHASE_OUT_OF_ORDER',
  'LAB.DATE_OUT_OF_ORDER',
  'LAB.PARTNER_NOT_FOUND',
  'LAB.PARTNER_ALREADY_JOINED',
  'LAB.PARTNER_ALREADY_LEFT',
  'ROSTER.SCHOOL_ALREADY_ON_ROSTER',
  'ROSTER.SCHOOL_NOT_ON_ROSTER',
  'ROSTER.DATE_OUT_OF_ORDER',
  'SUB_PROJECT.NOT_FOUND',
  'SUB_PROJECT.ALREADY_STARTED',
  'SUB_PROJECT.IMPOSSIBLE_TRANSITION',
  'SUB_PROJECT.CONCLUDED',
  'SUB_PROJECT.NOT_IN_DECIDE',
  'SUB_PROJECT.DELIVERABLE_REQUIRED',
  'SUB_PROJECT.WRONG_DELIVERABLE',
  'SUB_PROJECT.NO_INTERVENTION',
  'SUB_PROJECT.DATE_OUT_OF_ORDER',
  'PILOT.NOT_FOUND',
  'PILOT.ALREADY_PLANNED',
  'PILOT.INVALID_TRANSITION',
  'PILOT.SUB_PROJECT_OF_ANOTHER_LAB',
  'PILOT.UNKNOWN_INTERVENTION',
  'PILOT.SCHOOL_NOT_ON_ROSTER',
  'PILOT.REASON_REQUIRED',
  'PILOT.EFFECT_REQUIRED',
  'PILOT.DATE_OUT_OF_ORDER',
  'REPORT.NOT_FOUND',
  'REPORT.ALREADY_PUBLISHED',
  'REPORT.UNKNOWN_DELIVERABLE',
  'LAB_DAY.NOT_FOUND',
  'LAB_DAY.ALREADY_HELD',
  'LAB_DAY.SCHOOL_NOT_ON_ROSTER',
] as const;
export type LabsErrorCode = (typeof LABS_ERROR_CODES)[number];

/** An error a labs rule raised: plain TypeScript with a stable code. */
export class LabsError extends Error {
  constructor(
    readonly code: LabsErrorCode,
    message: string,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'LabsError';
  }
}

/** Refuses a day before another: a fact of a lab cannot have happened before the one it follows. */
export function assertNotBefore(
  code: Extract<LabsErrorCode, `${string}.DATE_OUT_OF_ORDER`>,
  day: string,
  earliest: string,
  what: string,
): void {
  if (day < earliest) {
    throw new LabsError(code, `${what} (${day}) cannot be before ${earliest}`, { day, earliest });
  }
}
