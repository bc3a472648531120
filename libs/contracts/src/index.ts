export { buildAsyncApiDocument } from './asyncapi/asyncapi.document';
export { jsonSchemaOf, type JsonSchema } from './asyncapi/json-schema.converter';
export { catalogue } from './catalogue';
export { DEAD_LETTER_HEADERS, DEAD_LETTER_REASONS, type DeadLetterReason } from './dead-letter';
export * from './enrolment';
export * from './labs';
export * from './expert-schools';
export * from './knowledge';
export {
  createEnvelope,
  EventEnvelope,
  InvalidEventError,
  newEventId,
  type EnvelopeFields,
} from './envelope';
export { defineEvent, EVENT_TYPE_PATTERN, type EventContract, type EventDataOf } from './event-contract';
export { EventRegistry } from './registry';
export { OnlyWhen, RequiredWhen } from './conditional-field.decorator';
export { Description, IsNullable } from './schema-hints.decorator';
export {
  ACTIVITIES,
  IMPROVEMENT_CULTURE_ACTIVITIES,
  IsPillarOfActivity,
  IsSchoolYear,
  isSchoolYear,
  PILLAR_OF_ACTIVITY,
  PILLARS,
  SCHOOL_YEAR_PATTERN,
  type Activity,
  type ImprovementCultureActivity,
  type Pillar,
} from './shared/programme.value-object';
export {
  addDays,
  addMonths,
  dayOf,
  daysBetween,
  daysOfSchoolYear,
  isMoment,
  laterOf,
  monthOf,
  monthsFromTo,
  PROGRAMME_TIME_ZONE,
  quarterOf,
  SCHOOL_YEAR_FIRST_MONTH,
  schoolYearOf,
  weekdayOf,
  type CalendarDay,
  type CalendarMonth,
  type CalendarQuarter,
  type SchoolYear,
} from './shared/programme-calendar';
export { addWorkingDays, isWorkingDay, workingDaysBetween } from './shared/working-days';
export {
  BRIN_PATTERN,
  EqualAccessFlags,
  IsBrin,
  LOCATION_PATTERN,
  SCHOOL_PROFILE_FIELDS,
  SchoolProfile,
  SECTORS,
  type SchoolProfileField,
  type Sector,
} from './shared/school.value-object';
export {
  IsPillarCode,
  isPillarCode,
  PILLAR_CODES,
  pillarNameOf,
  pillarOf,
  TEACHING_PILLAR_CODES,
  TEACHING_PILLARS,
  type PillarCode,
  type TeachingAspectCode,
  type TeachingPillarCode,
  type TeachingPillarName,
} from './shared/teaching-pillars.value-object';
export {
  CALENDAR_DATE_PATTERN,
  EARLIEST_PROGRAMME_DAY,
  IsCalendarDate,
  isCalendarDate,
  IsLaterThan,
  IsUtcMoment,
  IsWithinProgrammeDays,
  LATEST_PROGRAMME_DAY,
  UTC_MOMENT_PATTERN,
} from './shared/time.value-object';
export { deadLetterTopicOf, TOPICS, type Topic } from './topics';
export {
  parseEnvelope,
  validateEventData,
  type DataValidation,
  type EnvelopeParse,
  type FieldProblem,
} from './validation';
