import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type Redis from 'ioredis';
import type { Commit } from './commit';

/** What the relay hears: a commit written in this process, or the id of one written in another. */
export type CommitAnnouncement = { commit: Commit } | { id: string };

/**
 * Wakes the relay as soon as a commit is written, in this process (an event carrying the commit) and in
 * others (Redis pub/sub carrying its id), so that the relay publishes within milliseconds and finds the
 * commit by `_id` instead of searching the outbox, and every process's CommitStore forgets the older state
 * it remembers of that stream. Its periodic search stays as the safety net for any
 * announcement that got lost.
 */
export class OutboxSignal {
  private readonly local = new EventEmitter();
  /** This process's mark on its announcements, so that it can tell them from other processes' ones. */
  readonly origin = randomUUID();

  constructor(
    private readonly redis: Redis | undefined,
    readonly channel: string,
  ) {
    this.local.setMaxListeners(0);
  }

  /** Announces a new commit; never fails the command that wrote it (the relay's search is the safety net). */
  notify(commit: Commit): void {
    this.local.emit('commit', { commit } satisfies CommitAnnouncement);
    // Every commit, also one without events: other processes drop what they remember of its stream.
    this.redis?.publish(this.channel, `${this.origin} ${commit._id}`).catch(() => undefined);
  }

  /**
   * Tells other processes that a commit's state was rewritten in place (erasure), in the form of an ordinary
   * announcement: what they hold of it is read again. Not heard in this process, which did the rewriting.
   */
  announceRewrite(commitId: string): void {
    this.redis?.publish(this.channel, `${this.origin} ${commitId}`).catch(() => undefined);
  }

  /** The id of a commit another process announced over Redis, or undefined for this process's own. */
  fromElsewhere(message: string): string | undefined {
    const space = message.indexOf(' ');
    if (space < 0 || message.slice(0, space) === this.origin) return undefined;
    return message.slice(space + 1);
  }

  /** Listens to commits written in this process. */
  onCommit(listener: (announcement: CommitAnnouncement) => void): () => void {
    this.local.on('commit', listener);
    return () => this.local.off('commit', listener);
  }
}
