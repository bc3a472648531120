import { SchoolEnrolledV1, SchoolRegisteredV1 } from './enrolment';
import { EventRegistry } from './registry';

/** Every event contract of the platform; a new contract is added here or consumers dead-letter it. */
export const catalogue = new EventRegistry([SchoolRegisteredV1, SchoolEnrolledV1]);
