import { ENROLMENT_CONTRACTS } from './enrolment/enrolment-events';
import { EXPERT_SCHOOLS_CONTRACTS } from './expert-schools/expert-schools-events';
import { KNOWLEDGE_CONTRACTS } from './knowledge/knowledge-events';
import { LABS_CONTRACTS } from './labs/labs-events';
import { EventRegistry } from './registry';

/**
 * Every event contract of the platform, every version of it: a new contract or version is added here or
 * consumers dead-letter it, and a superseded version stays while its events are on a topic.
 */
export const catalogue = new EventRegistry([
  ...ENROLMENT_CONTRACTS,
  ...KNOWLEDGE_CONTRACTS,
  ...LABS_CONTRACTS,
  ...EXPERT_SCHOOLS_CONTRACTS,
]);
