import { ENROLMENT_EVENTS } from './enrolment/enrolment-events';
import { EventRegistry } from './registry';

/** Every event contract of the platform; a new contract is added here or consumers dead-letter it. */
export const catalogue = new EventRegistry([...Object.values(ENROLMENT_EVENTS)]);
