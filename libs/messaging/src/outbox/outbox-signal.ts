import { EventEmitter } from 'node:events';
import type Redis from 'ioredis';
import type { Commit } from './commit';

/** What the relay hears: a commit written in this process, or the id of one written in another. */
export type CommitAnnouncement = { commit: Commit } | { id: string };

/**
 * Wakes the relay as soon as a commit is written, in this process (an event carrying the commit) and in
 * others (Redis pub/sub carrying its id), so that the relay publishes within milliseconds and finds the
 * commit by `_id` instead of searching the outbox. Its periodic search stays as the safety net for any
 * announcement that got lost.
 */
export class OutboxSignal {
  private readonly local = new EventEmitter();

  constructor(
    private readonly redis: Redis | undefined,
    readonly channel: string,
  ) {
    this.local.setMaxListeners(0);
  }

  /** Announces a new commit; never fails the command that wrote it (the relay's search is the safety net). */
  notify(commit: Commit): void {
    this.local.emit('commit', { commit } satisfies CommitAnnouncement);
    // Commits without events are published at birth; only this process's relay cares (for stream order).
    if (!commit.published) this.redis?.publish(this.channel, commit._id).catch(() => undefined);
  }

  /** Listens to commits written in this process. */
  onCommit(listener: (announcement: CommitAnnouncement) => void): () => void {
    this.local.on('commit', listener);
    return () => this.local.off('commit', listener);
  }
}
