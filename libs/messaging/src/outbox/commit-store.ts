import { createEnvelope, type EventContract, newEventId } from '@okr/contracts';
import { activeTraceCarrier, RequestContext } from '@okr/service-kit';
import type { Collection, Connection, mongo } from 'mongoose';
import { type Commit, commitId } from './commit';
import { AlreadyAppliedError, ConcurrencyConflictError, RedactionPendingError } from './commit-store.errors';
import {
  insertMarker,
  isPending,
  markedAmong,
  markerOf,
  markersBeside,
  ORPHAN_MARKER_GRACE_MS,
  type OutboxMarker,
} from './outbox-marker';
import type { OutboxSignal } from './outbox-signal';

/** An event a command decided on: its contract, data and subject; the store wraps it in an envelope. */
export interface PendingEvent<TData extends object = object> {
  contract: EventContract<TData>;
  data: TData;
  subject: string;
}

/** Shorthand for building a PendingEvent with its data type checked against the contract. */
export function pendingEvent<TData extends object>(
  contract: EventContract<TData>,
  subject: string,
  data: TData,
): PendingEvent<TData> {
  return { contract, data, subject };
}

export interface AppendRequest<S> {
  stream: string;
  aggregateType: string;
  /** The version this decision was based on: 0 for a new aggregate. */
  expectedVersion: number;
  state: S;
  events: readonly PendingEvent[];
  /** Set when the commit is the effect of a consumed event, so a redelivery cannot commit it twice. */
  causationKey?: string;
  actor?: string;
  command?: string;
  /**
   * When the commit this one follows was made. A stream's commit times then only ever increase, whatever the
   * writers' clocks say, so the relay can publish in time order without reordering a stream. Loaded when absent.
   */
  previousCommittedAt?: Date;
}

/** What a command decides from the current state: the next state and its events, or nothing to change. */
export type CommitDecision<S> = { state: S; events: readonly PendingEvent[] } | undefined;

export interface TransactOptions {
  causationKey?: string;
  actor?: string;
  /** What was done, for audit trails. */
  command?: string;
  /**
   * Decide first as if the stream were new, without looking: for commands that nearly always create their
   * aggregate (filing an application). Saves a lookup; if the stream exists after all, the insert is refused
   * and the command decides again on the stored state, as after any lost race.
   */
  expectNew?: boolean;
  /** How often to decide again after losing a race to another command; default 10. */
  maxAttempts?: number;
}

export const COMMITS_COLLECTION = 'commits';
const DUPLICATE_KEY = 11000;
// Streams whose last commit is remembered; beyond this the least recently used is forgotten.
const RECENT_STREAMS = 100_000;

/**
 * The service's transactional outbox: every state change is one inserted document holding the new state
 * and the events it causes, so the change and its events are stored together or not at all. Only inserts
 * guarded by unique keys are used, because FerretDB loses concurrent updates (docs/adr/0004). A commit with
 * events is preceded by its marker in `outbox`, which the relay deletes once the events are in Kafka.
 */
export class CommitStore {
  readonly commits: Collection<Commit>;
  /** One marker per commit whose events the relay has not published yet (docs/adr/0004). */
  readonly markers: Collection<OutboxMarker>;
  /** The last commit this process read or wrote per stream, most recently used last. */
  private readonly recent = new Map<string, { commit: Commit<unknown>; at: number }>();
  /** Streams found not to exist, and when: a fact read often may be missing (a catalogue never edited). */
  private readonly recentlyMissing = new Map<string, number>();

  constructor(
    connection: Connection,
    private readonly source: string,
    private readonly signal?: OutboxSignal,
  ) {
    this.commits = connection.collection<Commit>(COMMITS_COLLECTION);
    this.markers = markersBeside(this.commits);
  }

  /** Creates the indexes the guarantees rest on; safe to call at every start. */
  async ensureIndexes(): Promise<void> {
    await this.commits.createIndex({ stream: 1, version: 1 }, { unique: true, name: 'stream_version' });
    await this.commits.createIndex({ causationKey: 1 }, { unique: true, name: 'causation_key' });
    // Only commits written before markers have the field: the relay's start-up search for them (docs/adr/0004).
    await this.commits.createIndex({ published: 1 }, { name: 'published' });
  }

  /** How many commits wait for the relay (commits written before markers, with `published: false`, aside). */
  async pendingCount(): Promise<number> {
    return this.markers.countDocuments();
  }

  /** Whether the relay has still to publish this commit's events. */
  async isPending(commit: Pick<Commit, '_id' | 'published'>): Promise<boolean> {
    return isPending(commit, await markedAmong(this.markers, [commit._id]));
  }

  /**
   * The latest commit of a stream as stored now, or undefined for an aggregate that does not exist yet.
   * Found by `_id` alone (versions run 1, 2, 3… without gaps), never by a query on `stream`: FerretDB serves
   * only `_id` from an index (docs/adr/0002). The last version seen is remembered, so two lookups suffice.
   */
  async latest<S>(stream: string): Promise<Commit<S> | undefined> {
    const known = this.recent.get(stream)?.commit.version ?? 0;
    const [head, next] = await Promise.all([
      known > 0 ? this.byVersion<S>(stream, known) : Promise.resolve(undefined),
      this.byVersion<S>(stream, known + 1),
    ]);
    const latest = next ? await this.lastFrom(stream, next) : head;
    if (latest) this.remember(latest);
    return latest;
  }

  /**
   * The latest state of a stream: like `latest`, but a commit this process read or wrote before is taken
   * from memory (a commit never changes, but for a redaction or, written before markers, its `published` flag), so
   * one lookup (is there a newer version?) suffices. With `maxAgeMs`, a commit seen at most that long ago
   * is returned without any lookup: for facts a command only reads (the school an application is for),
   * where a change made by another process a moment ago may go unseen; never for the stream it writes.
   */
  async latestState<S>(stream: string, maxAgeMs = -1): Promise<Commit<S> | undefined> {
    const cached = this.recent.get(stream);
    if (!cached) {
      const missingSince = this.recentlyMissing.get(stream);
      if (missingSince !== undefined && Date.now() - missingSince <= maxAgeMs) return undefined;
      const latest = await this.latest<S>(stream);
      if (latest) this.recentlyMissing.delete(stream);
      else this.rememberMissing(stream);
      return latest;
    }
    if (Date.now() - cached.at <= maxAgeMs) return cached.commit as Commit<S>;
    const next = await this.byVersion<S>(stream, cached.commit.version + 1);
    const latest = next ? await this.lastFrom(stream, next) : (cached.commit as Commit<S>);
    this.remember(latest);
    return latest;
  }

  /**
   * Another process announced a commit (`<stream>#<version>`): what this process remembers of that stream
   * is older, so the next read looks again instead of serving it from memory.
   */
  forgetOlderThan(announcedId: string): void {
    const separator = announcedId.lastIndexOf('#');
    if (separator < 0) return;
    const stream = announcedId.slice(0, separator);
    const version = Number(announcedId.slice(separator + 1));
    this.recentlyMissing.delete(stream);
    const cached = this.recent.get(stream);
    if (cached && cached.commit.version < version) cached.at = Number.NEGATIVE_INFINITY;
  }

  /**
   * Removes a field (e.g. 'state.contact') from every commit of a stream that has it: the one exception to
   * "commits are only inserted", for the right to erasure, so that the history no longer holds what was to
   * be forgotten. Unsetting is idempotent; repeating it finishes an erasure that stopped halfway.
   *
   * A commit written before markers is written once more by the relay, when it marks it published, and
   * FerretDB applies two updates of one document without isolation: an unset racing with that mark can be
   * undone by it (ADR 0002). So a commit is unset only once it is published (its marker gone, or marked
   * `published: true`; nothing but a redaction writes it after that), and the history is read back until no
   * version holds the field. Throws RedactionPendingError when versions stay unpublished for `waitMs` (Kafka
   * unreachable); the versions already published are redacted by then.
   */
  async redact(stream: string, field: string, waitMs = 10_000): Promise<number> {
    return this.scrub(
      stream,
      field,
      (commit) => (valueAt(commit, field) === undefined ? undefined : { $unset: { [field]: '' } }),
      waitMs,
    );
  }

  /**
   * Rewrites the state of every commit of a stream that `rewrite` changes (it answers undefined for a state it
   * leaves alone): erasing free text that names a person, the way `redact` removes a field, with the same
   * wait for the relay. Idempotent when `rewrite` is; answers how many versions it rewrote.
   */
  async rewriteStates<S>(
    stream: string,
    rewrite: (state: S) => S | undefined,
    what: string,
    waitMs = 10_000,
  ): Promise<number> {
    return this.scrub(
      stream,
      what,
      (commit) => {
        const state = rewrite((commit as Commit<S>).state);
        return state === undefined ? undefined : { $set: { state } };
      },
      waitMs,
    );
  }

  private async scrub(
    stream: string,
    what: string,
    updateOf: (commit: Commit) => mongo.UpdateFilter<Commit> | undefined,
    waitMs: number,
  ): Promise<number> {
    const deadline = Date.now() + waitMs;
    const scrubbed = new Set<string>();
    try {
      for (;;) {
        const holding = (await this.history(stream)).flatMap((commit) => {
          const update = updateOf(commit);
          return update === undefined ? [] : [{ commit, update }];
        });
        if (holding.length === 0) return scrubbed.size;
        const marked = await markedAmong(
          this.markers,
          holding.map(({ commit }) => commit._id),
        );
        const published = holding.filter(({ commit }) => !isPending(commit, marked));
        await Promise.all(
          published.map(({ commit, update }) => this.commits.updateOne({ _id: commit._id }, update)),
        );
        for (const { commit } of published) scrubbed.add(commit._id);
        if (Date.now() >= deadline) {
          const pending = holding
            .filter(({ commit }) => isPending(commit, marked))
            .map(({ commit }) => commit.version);
          throw new RedactionPendingError(stream, what, pending);
        }
        // Then read back: an update may have been lost, and what was unpublished may be published now.
        if (published.length < holding.length) await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      // What this process remembers was read before the redaction.
      this.recent.delete(stream);
    }
  }

  /** Treats everything remembered as possibly stale: after announcements may have been missed. */
  forgetAll(): void {
    for (const cached of this.recent.values()) cached.at = Number.NEGATIVE_INFINITY;
    this.recentlyMissing.clear();
  }

  /** Every commit of a stream, oldest first: the aggregate's history and audit trail. */
  async history<S>(stream: string): Promise<Commit<S>[]> {
    return (await this.commits.find({ stream }).sort({ version: 1 }).toArray()) as Commit<S>[];
  }

  /**
   * Stores a state change with its events in one insert, after the marker that tells the relay to publish
   * them: a crash between the two leaves a marker without a commit (removed by the relay after a grace
   * period), never a commit without a marker. Throws ConcurrencyConflictError when the version was taken
   * meanwhile (the marker stays, as it may be the winner's), AlreadyAppliedError when the causation key was
   * committed before (the marker is withdrawn).
   */
  async append<S>(request: AppendRequest<S>): Promise<Commit<S>> {
    const version = request.expectedVersion + 1;
    const id = commitId(request.stream, version);
    const previous =
      request.previousCommittedAt ??
      (request.expectedVersion > 0
        ? (await this.commits.findOne({ _id: commitId(request.stream, request.expectedVersion) }))
            ?.committedAt
        : undefined);
    const correlationId = RequestContext.correlationId() ?? newEventId();
    const causationId = RequestContext.causationId() ?? null;
    const trace = activeTraceCarrier();
    const commit: Commit<S> = {
      _id: id,
      stream: request.stream,
      aggregateType: request.aggregateType,
      version,
      state: request.state,
      events: request.events.map((event) => ({
        topic: event.contract.topic,
        envelope: createEnvelope(event.contract, {
          data: event.data,
          subject: event.subject,
          source: this.source,
          correlationId,
          causationId,
        }),
      })),
      causationKey: request.causationKey ?? id,
      committedAt: afterward(previous),
      ...(trace && request.events.length > 0 ? { trace } : {}),
      ...(request.actor ? { actor: request.actor } : {}),
      ...(request.command ? { command: request.command } : {}),
    };
    const marker = commit.events.length > 0 ? markerOf(commit) : undefined;
    const markedAt = Date.now();
    const ownMarker = marker ? await insertMarker(this.markers, marker) : true;
    try {
      await this.commits.insertOne(commit);
    } catch (error) {
      const explained = await this.explainDuplicate(error, request, version);
      if (marker && ownMarker && explained instanceof AlreadyAppliedError) await this.withdrawMarker(marker);
      throw explained;
    }
    // The marker that existed was a racer's or an orphan's, which the relay may be removing just now; or the
    // insert took so long that the relay may have taken ours for an orphan. Make sure the commit is marked
    // (at worst it is published twice). The relay checks for the commit again after it removes an orphan,
    // so between them the commit never ends up unmarked.
    if (marker && (!ownMarker || Date.now() - markedAt > ORPHAN_MARKER_GRACE_MS / 2)) {
      await insertMarker(this.markers, marker);
    }
    this.remember(commit);
    this.signal?.notify(commit);
    return commit;
  }

  /**
   * Loads the stream, lets `decide` choose the next state and events, and appends them; when another
   * command wins the race it decides again on the fresh state. Returns the commit, or undefined when
   * `decide` changed nothing.
   */
  async transact<S>(
    stream: string,
    aggregateType: string,
    decide: (current: S | undefined, version: number) => CommitDecision<S> | Promise<CommitDecision<S>>,
    options: TransactOptions = {},
  ): Promise<Commit<S> | undefined> {
    const maxAttempts = options.maxAttempts ?? 10;
    for (let attempt = 1; ; attempt += 1) {
      const current =
        attempt === 1 && options.expectNew && !this.recent.has(stream)
          ? undefined
          : await this.latestState<S>(stream);
      const decision = await decide(current?.state, current?.version ?? 0);
      if (!decision) return undefined;
      try {
        return await this.append({
          stream,
          aggregateType,
          expectedVersion: current?.version ?? 0,
          state: decision.state,
          events: decision.events,
          ...(options.causationKey ? { causationKey: options.causationKey } : {}),
          ...(options.actor ? { actor: options.actor } : {}),
          ...(options.command ? { command: options.command } : {}),
          ...(current ? { previousCommittedAt: current.committedAt } : {}),
        });
      } catch (error) {
        if (!(error instanceof ConcurrencyConflictError) || attempt >= maxAttempts) throw error;
        // Spread retries out so that racing commands do not collide again in lockstep.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
      }
    }
  }

  private async byVersion<S>(stream: string, version: number): Promise<Commit<S> | undefined> {
    return ((await this.commits.findOne({ _id: commitId(stream, version) })) ?? undefined) as
      Commit<S> | undefined;
  }

  /** The last commit of a stream from one known to exist: gallop forward, then halve the gap. */
  private async lastFrom<S>(stream: string, from: Commit<S>): Promise<Commit<S>> {
    let last = from;
    let step = 1;
    let missing: number | undefined;
    while (missing === undefined) {
      const found = await this.byVersion<S>(stream, last.version + step);
      if (found) {
        last = found;
        step *= 2;
      } else {
        missing = last.version + step;
      }
    }
    while (missing - last.version > 1) {
      const middle = Math.floor((last.version + missing) / 2);
      const found = await this.byVersion<S>(stream, middle);
      if (found) last = found;
      else missing = middle;
    }
    return last;
  }

  private rememberMissing(stream: string): void {
    this.recentlyMissing.delete(stream);
    this.recentlyMissing.set(stream, Date.now());
    if (this.recentlyMissing.size > RECENT_STREAMS) {
      const oldest = this.recentlyMissing.keys().next();
      if (!oldest.done) this.recentlyMissing.delete(oldest.value);
    }
  }

  private remember(commit: Commit<unknown>): void {
    this.recentlyMissing.delete(commit.stream);
    const known = this.recent.get(commit.stream);
    if (known && known.commit.version > commit.version) return;
    this.recent.delete(commit.stream);
    this.recent.set(commit.stream, { commit, at: Date.now() });
    if (this.recent.size > RECENT_STREAMS) {
      const oldest = this.recent.keys().next();
      if (!oldest.done) this.recent.delete(oldest.value);
    }
  }

  /**
   * Removes the marker this writer inserted for a commit refused as a redelivery's (AlreadyAppliedError), so that
   * replayed events leave no orphans for the relay to wait on. Any other writer of that commit id found this marker
   * there and checks it again after its own insert; the commit is looked for once more after the delete and the
   * marker put back if it came meanwhile, so between them the commit never ends up unmarked. After a lost race
   * (ConcurrencyConflictError) the marker stays: it may be the winner's.
   */
  private async withdrawMarker(marker: OutboxMarker): Promise<void> {
    await this.markers.deleteOne({ _id: marker._id });
    if (await this.commits.findOne({ _id: marker._id }, { projection: { _id: 1 } })) {
      await insertMarker(this.markers, marker);
    }
  }

  private async explainDuplicate(
    error: unknown,
    request: AppendRequest<unknown>,
    version: number,
  ): Promise<unknown> {
    if ((error as { code?: number }).code !== DUPLICATE_KEY) return error;
    // FerretDB does not say which index refused the insert; looking is cheap and works on both servers.
    const key = request.causationKey;
    if (key && (await this.commits.findOne({ causationKey: key }, { projection: { _id: 1 } }))) {
      return new AlreadyAppliedError(key);
    }
    return new ConcurrencyConflictError(request.stream, version);
  }
}

function valueAt(document: object, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], document);
}

/** Now, or a millisecond after `previous` when this machine's clock is behind the one that wrote it. */
function afterward(previous: Date | undefined): Date {
  const now = Date.now();
  return new Date(previous && previous.getTime() >= now ? previous.getTime() + 1 : now);
}
