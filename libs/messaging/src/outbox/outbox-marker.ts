import type { Collection } from 'mongoose';
import type { Commit } from './commit';

/**
 * The sign that a commit's events still wait for the relay: one small document per pending commit, in a
 * collection of its own (docs/adr/0004). Written before its commit and deleted once Kafka acknowledged the
 * events, so the relay finds pending work by reading only pending work, and never rewrites a commit.
 */
export interface OutboxMarker {
  /** The commit's id, `<stream>#<version>`: one marker per commit, however many writers race for it. */
  _id: string;
  stream: string;
  version: number;
  committedAt: Date;
}

export const OUTBOX_COLLECTION = 'outbox';

/**
 * How long a marker without its commit is left alone before the relay removes it. Such a marker is left by a
 * writer that crashed between the two inserts or whose commit insert was refused (a redelivered event, a lost
 * race); it is also what every marker looks like for the moment between its writer's two inserts, so the grace
 * is far longer than two inserts take. A writer whose commit insert took longer than half of it checks its
 * marker afterwards (CommitStore), so a slow insert cannot lose its marker either.
 */
export const ORPHAN_MARKER_GRACE_MS = 5 * 60_000;

const DUPLICATE_KEY = 11000;

export function markerOf(commit: Pick<Commit, '_id' | 'stream' | 'version' | 'committedAt'>): OutboxMarker {
  return { _id: commit._id, stream: commit.stream, version: commit.version, committedAt: commit.committedAt };
}

/** The service's marker collection, beside its commits (same database). */
export function markersBeside(commits: Collection<Commit>): Collection<OutboxMarker> {
  return commits.conn.collection<OutboxMarker>(OUTBOX_COLLECTION);
}

/**
 * Inserts a marker; answers false when one with its id existed already (a racing writer's, or an orphan's),
 * which marks the same commit id just as well.
 */
export async function insertMarker(
  markers: Collection<OutboxMarker>,
  marker: OutboxMarker,
): Promise<boolean> {
  try {
    await markers.insertOne(marker);
    return true;
  } catch (error) {
    if ((error as { code?: number }).code === DUPLICATE_KEY) return false;
    throw error;
  }
}

/**
 * Whether a commit still waits for the relay: it has a marker, or it was written before markers and is
 * unpublished (`published: false`). A commit without events never waits.
 */
export function isPending(commit: Pick<Commit, '_id' | 'published'>, marked: ReadonlySet<string>): boolean {
  return commit.published === false || marked.has(commit._id);
}

/** The ids among `ids` that have a marker: one `_id $in` query (served by the _id index, patch 0002). */
export async function markedAmong(
  markers: Collection<OutboxMarker>,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const found = await markers.find({ _id: { $in: [...ids] } }, { projection: { _id: 1 } }).toArray();
  return new Set(found.map((marker) => marker._id));
}

/**
 * Remembers since when each marker was seen without its commit, by this process's own clock (writers' clocks
 * may be off), and answers which have been orphans for the whole grace period. A marker whose commit shows up
 * is forgotten.
 */
export class OrphanMarkers {
  private readonly firstSeen = new Map<string, number>();

  constructor(private readonly graceMs: number) {}

  /** Records the markers seen without a commit at `now`; answers those orphaned for at least the grace. */
  seen(orphanIds: readonly string[], now: number): string[] {
    const due: string[] = [];
    for (const id of orphanIds) {
      const since = this.firstSeen.get(id);
      if (since === undefined) this.firstSeen.set(id, now);
      else if (now - since >= this.graceMs) due.push(id);
    }
    return due;
  }

  /** Forgets markers that turned out to have their commit, or were removed. */
  forget(ids: Iterable<string>): void {
    for (const id of ids) this.firstSeen.delete(id);
  }

  get size(): number {
    return this.firstSeen.size;
  }
}
