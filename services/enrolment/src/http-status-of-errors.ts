import type { DomainErrorStatus } from '@okr/service-kit';
import { CATALOGUE_ERROR_CODES } from './domain/activity-catalogue.errors';
import { INQUIRY_ERROR_CODES } from './domain/inquiry.errors';
import { INTAKE_ERROR_CODES } from './domain/intake.errors';
import { PARTICIPATION_ERROR_CODES } from './domain/participation.errors';
import { SCHOOL_ERROR_CODES } from './domain/school.errors';
import { APPLICATION_ERROR_CODES } from './domain/subsidy-application.errors';
import { ROUND_ERROR_CODES } from './domain/subsidy-round.errors';

const NOT_FOUND = /\.NOT_FOUND$|^SCHOOL\.NOT_REGISTERED$/;
// The state of things refuses the request now (someone else was first, or it is too late for it).
const CONFLICT =
  /\.ALREADY_|\.DUPLICATE$|\.INVALID_TRANSITION$|\.COACH_ALREADY_TRAINED$|^ROUND\.(BUDGET_EXHAUSTED|MAX_GRANTS_REACHED|NOT_GRANTED)$|^COMMIT\./;

/**
 * The HTTP status of every domain error code: 404 for what does not exist, 409 for what the current state
 * refuses, 422 for a request that is well-formed but breaks a rule (a closed round, an amount too high).
 */
export const ENROLMENT_ERROR_STATUS: DomainErrorStatus = Object.fromEntries(
  [
    ...SCHOOL_ERROR_CODES,
    ...INQUIRY_ERROR_CODES,
    ...INTAKE_ERROR_CODES,
    ...CATALOGUE_ERROR_CODES,
    ...ROUND_ERROR_CODES,
    ...APPLICATION_ERROR_CODES,
    ...PARTICIPATION_ERROR_CODES,
    'COMMIT.CONCURRENCY_CONFLICT',
  ].map((code) => [code, NOT_FOUND.test(code) ? 404 : CONFLICT.test(code) ? 409 : 422]),
);
