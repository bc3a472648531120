import type { Collection } from 'mongoose';
import type { Logger } from 'pino';
import { type Commit, commitId } from '../outbox/commit';
import type { OutboxSignal } from '../outbox/outbox-signal';
import type { Aggregates } from './aggregates';
import { HeldStates, type Replacing } from './held-states';

// A kept type holds states only: the events of a commit are the relay's business.
const WITHOUT_EVENTS = { projection: { events: 0 } } as const;
// After a failed read, how long until the next try when no list asks for one: readiness must recover by itself.
const RETRY_AFTER_MS = 5_000;

/**
 * Keeps the latest state of every stream of the aggregate types configured `kept: true` in this process's
 * memory, for lists (docs/adr/0013). FerretDB answers any filter but `_id` by reading the whole collection, so a
 * read model in the database would cost what the commit scan costs; memory does not.
 *
 * - read at start with one read of the kept types' commits (without their events); lists wait for it;
 * - this process's own commits are applied as the commit store announces them, before the command answers,
 *   so a user's next list on this replica shows their change;
 * - another process's commits arrive as announced ids (Redis): each is fetched by `_id`, and a list waits for
 *   the fetches of announcements already received, so it shows a change as soon as its announcement arrived;
 * - after the Redis connection was lost, announcements may have been missed: the types are read again, while
 *   lists go on answering from what is held (a read takes long on FerretDB; a blip must not stop every list).
 * The version guard of HeldStates makes every path idempotent and independent of order.
 */
export class KeptAggregates {
  readonly held: HeldStates;
  /** Set once the first read is done: from then on lists never wait for a read. */
  private loaded = false;
  /** The read in progress, if any. */
  private reading: Promise<void> | undefined;
  /** Why the last read failed, while no read has succeeded since. */
  private failure: string | undefined;
  /** Fetches of announced commits in flight, per stream, chained so that a stream's fetches apply in order. */
  private readonly fetching = new Map<string, Promise<void>>();
  /** Set when announcements may have been missed during a read, or one could not be fetched: read again. */
  private stale = false;
  private unsubscribe: (() => void) | undefined;
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly commits: Collection<Commit>,
    private readonly aggregates: Aggregates,
    private readonly signal: OutboxSignal,
    private readonly logger?: Logger,
  ) {
    this.held = new HeldStates(Object.values(aggregates.types).filter((type) => type.kept === true));
    // From construction on, so that no commit of this process falls between subscribing and the first read.
    if (this.keepsAny) {
      this.unsubscribe = signal.onCommit((announcement) => {
        if ('commit' in announcement) this.held.apply(announcement.commit);
      });
    }
  }

  /** Whether any type is kept: a service that keeps none needs none of this. */
  get keepsAny(): boolean {
    return this.held.typeNames().length > 0;
  }

  /** Starts the first read; lists wait for it, and readiness reports it. Safe to call again. */
  async start(): Promise<void> {
    if (!this.loaded && !this.reading) this.reload();
    await this.current();
  }

  /** Stops listening; a read in progress is left to finish and ignored. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.retry);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Whether lists can be served: resolves once read, rejects with what is not (for `/health/ready`). */
  check(): Promise<void> {
    if (this.loaded) return Promise.resolve();
    const reason = this.failure ? `could not be read: ${this.failure}` : 'are being read';
    return Promise.reject(new Error(`kept aggregates ${reason}`));
  }

  /**
   * The held states once every announcement received so far is applied (and, at start, once the types are
   * read): what a list reads.
   */
  async current(): Promise<HeldStates> {
    if (!this.reading && (this.stale || !this.loaded)) {
      this.stale = false;
      this.reload();
    }
    if (!this.loaded) {
      await this.reading;
      if (!this.loaded) throw new Error(`kept aggregates could not be read: ${this.failure ?? 'stopped'}`);
    }
    // A fetch may start while others finish; wait until none that was announced before is left.
    while (this.fetching.size > 0) await Promise.all(this.fetching.values());
    return this.held;
  }

  /**
   * Another process announced a commit (`<stream>#<version>`, over Redis): fetched by `_id` and applied when
   * it is not older than what is held. The same version is fetched too: it is announced again after its
   * state was rewritten in place (erasure).
   */
  announced(id: string): void {
    const separator = id.lastIndexOf('#');
    if (separator < 0 || this.stopped) return;
    const stream = id.slice(0, separator);
    const version = Number(id.slice(separator + 1));
    const typeName = this.typeNameOf(stream);
    if (!typeName || !this.held.holds(typeName)) return;
    if (this.held.versionOf(typeName, stream) > version) return;
    const previous = this.fetching.get(stream) ?? Promise.resolve();
    const fetch = previous
      .then(() => this.fetch(id, 'rewritten'))
      .catch((error: unknown) => {
        // Lost for now: the types are read again rather than show an older state for good.
        this.logger?.warn({ err: error, commitId: id }, 'an announced commit could not be read');
        this.stale = true;
      })
      .finally(() => {
        if (this.fetching.get(stream) === fetch) this.fetching.delete(stream);
      });
    this.fetching.set(stream, fetch);
  }

  /**
   * This process rewrote a stream's states in place (erasure): the latest is read again and held as it reads
   * now, and other processes are told to do the same.
   */
  async rewritten(stream: string): Promise<void> {
    const typeName = this.typeNameOf(stream);
    if (!typeName || !this.held.holds(typeName)) return;
    const version = this.held.versionOf(typeName, stream);
    if (version === 0) return;
    // The held version was rewritten; a newer one, if any, is applied when its own announcement comes.
    const latest = await this.commits.findOne({ _id: commitId(stream, version) }, WITHOUT_EVENTS);
    if (!latest) return;
    this.held.apply(latest, 'rewritten');
    this.signal.announceRewrite(latest._id);
  }

  /** The Redis connection is back: announcements may have been missed meanwhile, so read again once started. */
  reconnected(): void {
    if (this.loaded || this.reading) this.reload();
  }

  /**
   * Reads the kept types again, after announcements may have been missed (a lost Redis connection). Commits
   * applied meanwhile stay: the version guard keeps the newest.
   */
  reload(): void {
    if (this.stopped) return;
    if (this.reading) {
      // The read in progress may have passed what was missed: read once more after it.
      this.stale = true;
      return;
    }
    this.stale = false;
    this.reading = this.readAll()
      .then(
        () => {
          this.loaded = true;
          this.failure = undefined;
        },
        (error: unknown) => {
          this.failure = error instanceof Error ? error.message : String(error);
          this.logger?.error({ err: error }, 'kept aggregates could not be read');
          clearTimeout(this.retry);
          this.retry = setTimeout(() => this.reload(), RETRY_AFTER_MS).unref();
        },
      )
      .finally(() => {
        this.reading = undefined;
        if (this.stale && this.loaded) this.reload();
      });
  }

  private async readAll(): Promise<void> {
    const started = Date.now();
    // One read for every kept type: on FerretDB any filter but `_id` reads the whole collection once anyway.
    const cursor = this.commits.find({ aggregateType: { $in: this.held.typeNames() } }, WITHOUT_EVENTS);
    let read = 0;
    for await (const commit of cursor) {
      if (this.stopped) break;
      this.held.apply(commit);
      read += 1;
    }
    this.logger?.info(
      { commits: read, ms: Date.now() - started, types: this.held.typeNames() },
      'kept aggregates read',
    );
  }

  private async fetch(id: string, replacing: Replacing): Promise<void> {
    const commit = await this.commits.findOne({ _id: id }, WITHOUT_EVENTS);
    if (commit && !this.stopped) this.held.apply(commit, replacing);
  }

  private typeNameOf(stream: string): string | undefined {
    try {
      return this.aggregates.typeOf(stream).type.name;
    } catch {
      // A stream of no type of this service (another service on a shared channel): nothing to hold.
      return undefined;
    }
  }
}
