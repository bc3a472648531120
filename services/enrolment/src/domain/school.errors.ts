import { DomainError } from './domain.errors';

export const SCHOOL_ERROR_CODES = [
  // The store refuses a second registration of a BRIN as a version conflict; deciding again then lands here.
  'SCHOOL.ALREADY_REGISTERED',
  'SCHOOL.NOT_REGISTERED',
  'SCHOOL.INVALID_BRIN',
  'SCHOOL.INVALID_LOCATION',
  'SCHOOL.NAME_REQUIRED',
  'SCHOOL.INVALID_SECTOR',
  'SCHOOL.INVALID_PUPIL_COUNT',
  'SCHOOL.INVALID_SCHOOL_WEIGHT',
  'SCHOOL.INVALID_DATE',
] as const;
export type SchoolErrorCode = (typeof SCHOOL_ERROR_CODES)[number];

export class SchoolError extends DomainError<SchoolErrorCode> {}
