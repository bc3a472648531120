import { DomainError } from './domain.errors';

export const INTAKE_ERROR_CODES = [
  'INTAKE.ALREADY_COMPLETED',
  'INTAKE.NOT_FOUND',
  'INTAKE.INVALID_BRIN',
  'INTAKE.UNKNOWN_ACTIVITY',
  'INTAKE.INVALID_OUTCOME',
  'INTAKE.INVALID_DATE',
  'INTAKE.DATE_OUT_OF_ORDER',
  'INTAKE.SCHOOL_MISMATCH',
] as const;
export type IntakeErrorCode = (typeof INTAKE_ERROR_CODES)[number];

export class IntakeError extends DomainError<IntakeErrorCode> {}
