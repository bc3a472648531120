import { ApiProperty, ApiPropertyOptional, type SchemaObject } from '@nestjs/swagger';
import { dayOf, isCalendarDate } from '@okr/contracts';
import type { Commit } from '@okr/messaging';
import { API_COUNT, API_DAY, API_MOMENT } from '@okr/service-kit';
import type { EnrolmentEventType } from '../domain/enrolment-event.value-object';

// Any JSON value: a field's old or new value can be of any type.
const ANY_VALUE: SchemaObject[] = [
  { type: 'string' },
  { type: 'number' },
  { type: 'boolean' },
  { type: 'object' },
  { type: 'array', items: {} },
];

/** One value that changed: where in the record, what it was, what it became (undefined = absent). */
export class FieldChange {
  @ApiProperty({ example: 'profile.pupilCount', description: '(record) for the whole record' })
  path!: string;

  @ApiPropertyOptional({ oneOf: ANY_VALUE, description: 'the value before; absent when the field was new' })
  old?: unknown;

  @ApiPropertyOptional({
    oneOf: ANY_VALUE,
    description: 'the value after; absent when the field was removed',
  })
  new?: unknown;
}

/** One change of a record: who did what when, the events it published and the values it changed. */
export class AuditEntry {
  @ApiProperty(API_COUNT)
  version!: number;

  @ApiProperty({ ...API_MOMENT, description: 'when the change was recorded (committed)' })
  at!: string;

  @ApiProperty({ ...API_DAY, description: 'the day it was recorded, in Dutch time: the day of `at`' })
  recordedOn!: string;

  @ApiPropertyOptional({
    ...API_DAY,
    description:
      'the business day of the fact the change records (an application is submitted, a grant decided); ' +
      'earlier than recordedOn when the fact was recorded later than it happened; absent for a change ' +
      'that is no dated fact (a profile edit, a budget reservation)',
  })
  happenedOn?: string;

  @ApiProperty({ description: 'who made the change (the token subject), or system' })
  actor!: string;

  @ApiProperty({ example: 'RegisterSchool' })
  command!: string;

  @ApiProperty({ type: [String], example: ['SchoolRegistered'] })
  events!: string[];

  @ApiProperty({ type: [FieldChange] })
  changes!: FieldChange[];
}

/** The audit trail of a record from its commits, oldest first: every change against the one before it. */
export function auditTrailOf(commits: readonly Commit<unknown>[]): AuditEntry[] {
  let previous: unknown = undefined;
  return commits.map((commit) => {
    const entry: AuditEntry = {
      version: commit.version,
      at: commit.committedAt.toISOString(),
      recordedOn: dayOf(commit.committedAt),
      ...happenedOnOf(commit),
      actor: commit.actor ?? 'system',
      command: commit.command ?? commit.aggregateType,
      events: commit.events.map((event) => event.envelope.type),
      changes: changesBetween(previous, commit.state),
    };
    previous = commit.state;
    return entry;
  });
}

/**
 * Where each event carries the business day of its fact. A moment (a submission, a receipt) is read as its
 * day in Dutch time; a field absent from an older event falls back to the next one named.
 */
const DAY_FIELDS_OF_EVENT: Readonly<Record<string, readonly string[]>> = {
  SchoolRegistered: ['registeredOn'],
  SchoolProfileUpdated: [],
  InquiryReceived: ['receivedOn', 'receivedAt'],
  ExploratoryConversationHeld: ['heldOn'],
  InquiryReferred: ['referredOn'],
  InquiryClosed: ['closedOn'],
  IntakeCompleted: ['heldOn'],
  SubsidyRoundOpened: ['opensAt'],
  SubsidyApplicationSubmitted: ['submittedOn', 'submittedAt'],
  SubsidyInformationRequested: ['requestedOn'],
  SubsidyApplicationResubmitted: ['resubmittedOn'],
  SubsidyGranted: ['decidedOn'],
  SubsidyRejected: ['decidedOn'],
  SubsidyApplicationWithdrawn: ['withdrawnOn'],
  SchoolEnrolled: ['enrolledOn'],
  ParticipationCompleted: ['completedOn'],
  SchoolWithdrew: ['withdrawnOn'],
  SustainabilityAssessed: ['assessedOn'],
  ExpertCoachTrained: ['trainedOn'],
} satisfies Record<EnrolmentEventType, readonly string[]>;

// Steps without an event of their own keep their day in the record.
const DAY_FIELDS_OF_COMMAND: Readonly<Record<string, readonly string[]>> = {
  'start-participation': ['startedOn'],
};

/** The business day a commit records, from its first event that carries one, or from its command's record. */
function happenedOnOf(commit: Commit<unknown>): { happenedOn?: string } {
  const fromEvents = commit.events.flatMap(({ envelope }) =>
    dayIn(envelope.data, DAY_FIELDS_OF_EVENT[envelope.type] ?? []),
  );
  const fromState = dayIn(commit.state, DAY_FIELDS_OF_COMMAND[commit.command ?? ''] ?? []);
  const [happenedOn] = [...fromEvents, ...fromState];
  return happenedOn !== undefined ? { happenedOn } : {};
}

function dayIn(record: unknown, fields: readonly string[]): string[] {
  if (!isRecord(record)) return [];
  for (const field of fields) {
    const value = record[field];
    if (typeof value !== 'string') continue;
    if (isCalendarDate(value)) return [value];
    const moment = new Date(value);
    if (!Number.isNaN(moment.getTime())) return [dayOf(moment)];
  }
  return [];
}

/** The leaf values that differ between two records; arrays compare as whole values. */
export function changesBetween(before: unknown, after: unknown, path = ''): FieldChange[] {
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => changesBetween(before[key], after[key], path ? `${path}.${key}` : key));
  }
  if (isRecord(after) && before === undefined) return changesBetween({}, after, path);
  if (isRecord(before) && after === undefined) return changesBetween(before, {}, path);
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [
    {
      path: path || '(record)',
      ...(before !== undefined ? { old: before } : {}),
      ...(after !== undefined ? { new: after } : {}),
    },
  ];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
