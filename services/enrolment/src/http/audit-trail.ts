import { ApiProperty, ApiPropertyOptional, type SchemaObject } from '@nestjs/swagger';
import type { Commit } from '@okr/messaging';
import { API_COUNT, API_MOMENT } from '@okr/service-kit';

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

  @ApiProperty(API_MOMENT)
  at!: string;

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
      actor: commit.actor ?? 'system',
      command: commit.command ?? commit.aggregateType,
      events: commit.events.map((event) => event.envelope.type),
      changes: changesBetween(previous, commit.state),
    };
    previous = commit.state;
    return entry;
  });
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
