export { buildAsyncApiDocument } from './asyncapi/asyncapi.document';
export { jsonSchemaOf, type JsonSchema } from './asyncapi/json-schema.converter';
export { catalogue } from './catalogue';
export { DEAD_LETTER_HEADERS, DEAD_LETTER_REASONS, type DeadLetterReason } from './dead-letter';
export * from './enrolment';
export {
  createEnvelope,
  EventEnvelope,
  InvalidEventError,
  newEventId,
  type EnvelopeFields,
} from './envelope';
export { defineEvent, EVENT_TYPE_PATTERN, type EventContract, type EventDataOf } from './event-contract';
export { EventRegistry } from './registry';
export { Description, IsNullable } from './schema-hints.decorator';
export {
  ACTIVITIES,
  IsSchoolYear,
  isSchoolYear,
  PILLARS,
  SCHOOL_YEAR_PATTERN,
  type Activity,
  type Pillar,
} from './shared/programme.value-object';
export {
  BRIN_PATTERN,
  EqualAccessFlags,
  IsBrin,
  LOCATION_PATTERN,
  SECTORS,
  type Sector,
} from './shared/school.value-object';
export { deadLetterTopicOf, TOPICS, type Topic } from './topics';
export {
  parseEnvelope,
  validateEventData,
  type DataValidation,
  type EnvelopeParse,
  type FieldProblem,
} from './validation';
