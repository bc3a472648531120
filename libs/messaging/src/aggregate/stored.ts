import type { Commit } from '../outbox/commit';

/** An aggregate as stored: its state, version and when it last changed. */
export interface Stored<S> {
  readonly stream: string;
  readonly version: number;
  readonly state: S;
  readonly changedAt: Date;
}

/** What of a commit an aggregate's latest state needs: a kept type holds no events. */
export type StoredCommit<S = unknown> = Pick<
  Commit<S>,
  '_id' | 'stream' | 'aggregateType' | 'version' | 'state' | 'committedAt'
>;

export function storedOf<S>(commit: StoredCommit<S>): Stored<S> {
  return {
    stream: commit.stream,
    version: commit.version,
    state: commit.state,
    // A commit written by hand or by an older version may lack its moment; it is then an Invalid Date, which
    // the service shows as unknown, rather than undefined, which would break every list it is in.
    changedAt: commit.committedAt instanceof Date ? commit.committedAt : new Date(Number.NaN),
  };
}

/** A commit's moment for ordering; one that is not known sorts as the oldest. */
export function timeOf(moment: Date): number {
  const time = moment.getTime();
  return Number.isNaN(time) ? Number.NEGATIVE_INFINITY : time;
}

/** Oldest change first, the order `AggregateStore.list` promises; streams break ties so the order is stable. */
export function byChange(first: Stored<unknown>, second: Stored<unknown>): number {
  return (
    timeOf(first.changedAt) - timeOf(second.changedAt) ||
    (first.stream < second.stream ? -1 : first.stream > second.stream ? 1 : 0)
  );
}
