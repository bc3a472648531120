import type { Commit } from '@okr/messaging';

/** One value that changed: where in the record, what it was, what it became (undefined = absent). */
export interface FieldChange {
  path: string;
  old?: unknown;
  new?: unknown;
}

/** One change of a record: who did what when, the events it published and the values it changed. */
export interface AuditEntry {
  version: number;
  at: string;
  actor: string;
  command: string;
  events: string[];
  changes: FieldChange[];
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
