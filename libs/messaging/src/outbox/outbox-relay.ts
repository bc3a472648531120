import type { Span } from '@opentelemetry/api';
import type Redis from 'ioredis';
import type { Logger } from 'pino';
import type { Collection } from 'mongoose';
import { RedisLease } from '../lease/redis-lease';
import { namespacedTopic } from '../nest/messaging-names';
import type { RelayMetrics } from '../metrics/messaging-metrics';
import type { MessageProducer, OutgoingMessage } from '../ports/message-bus.port';
import { endSendSpans, startSendSpan } from '../tracing/message-trace';
import { type Commit, commitId } from './commit';
import {
  insertMarker,
  isPending,
  markedAmong,
  markersBeside,
  ORPHAN_MARKER_GRACE_MS,
  OrphanMarkers,
  type OutboxMarker,
} from './outbox-marker';
import type { CommitAnnouncement, OutboxSignal } from './outbox-signal';
import { publishingOrder } from './relay-order';

export interface OutboxRelaySettings {
  /** The key of the lease that lets one relay of the service publish (see messagingRedisKeys). */
  leaseKey: string;
  /** Put before every event's topic: the namespace the service publishes in (KAFKA_TOPIC_PREFIX); '' for none. */
  topicPrefix: string;
  /** Most commits published in one round. */
  batchSize: number;
  /**
   * How often the relay searches the outbox for pending commits, the safety net for announcements that got
   * lost (a crash between insert and announcement, a dropped pub/sub message); announced commits go out at once.
   */
  idlePollMs: number;
  /** How long a relay's lease lasts without renewal: the longest another relay waits after a crash. */
  leaseMs: number;
  /** How long a marker without its commit is left alone (default ORPHAN_MARKER_GRACE_MS; shorter in tests). */
  orphanGraceMs?: number;
}

export const DEFAULT_RELAY_SETTINGS: Omit<OutboxRelaySettings, 'leaseKey'> = {
  topicPrefix: '',
  batchSize: 500,
  idlePollMs: 2_000,
  leaseMs: 10_000,
};

// Announced commits kept for the next round; beyond this the relay forgets them and searches instead.
const ANNOUNCED_LIMIT = 50_000;
// Shortest pause between two searches asked for by out-of-order commits, so announced ones keep going out.
const SEARCH_GAP_MS = 100;
// Streams whose last published version the relay remembers, so stream order rarely needs a lookup.
const PUBLISHED_HEADS_LIMIT = 100_000;
// The markers of sent commits are deleted together, in one statement, once this many wait or the oldest waited
// MARK_DELAY_MS, as the commits were marked published before: every statement is a query of its own for FerretDB.
// A crash before the delete re-sends them, as a crash between send and mark always did.
const MARK_BATCH = 100;
const MARK_DELAY_MS = 200;

/** The header that tells consumers which event a Kafka message carries without parsing it. */
export const EVENT_HEADERS = {
  eventId: 'x-event-id',
  type: 'x-event-type',
  version: 'x-event-version',
} as const;

/**
 * Publishes pending commits' events to Kafka, at least once and in order per stream, then deletes their
 * markers (docs/adr/0004). One relay per service publishes at a time (a Redis lease); if two ever overlap,
 * consumers' idempotency on eventId makes the duplicates harmless.
 */
export class OutboxRelay {
  private readonly lease: RedisLease;
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private signalled = false;
  private unsubscribe: (() => void) | undefined;
  /** Commits announced since the last round: the commit itself when written here, else undefined (fetch by id). */
  private readonly announced = new Map<string, Commit | undefined>();
  /** The highest version of each stream known to be published, most recently used last. */
  private readonly publishedHeads = new Map<string, number>();
  private searchDue = true;
  private lastSearchAt = Number.NEGATIVE_INFINITY;
  private backlog = false;
  /** Commits sent to Kafka whose markers are not yet deleted, oldest first, and when the oldest was sent. */
  private readonly unmarked: string[] = [];
  private unmarkedSince = 0;
  /** Of those, the commits written before markers, which are marked `published: true` instead. */
  private readonly legacyUnmarked = new Set<string>();
  /**
   * Whether commits written before markers (`published: false`, no marker) may still wait: searched for once
   * this relay holds the lease, until a search finds none.
   */
  private legacyDue = true;
  private holdsLease = false;
  private readonly markers: Collection<OutboxMarker>;
  private readonly orphans: OrphanMarkers;

  constructor(
    private readonly commits: Collection<Commit>,
    private readonly producer: MessageProducer,
    redis: Redis,
    private readonly subscriber: Redis | undefined,
    private readonly signal: OutboxSignal,
    private readonly settings: OutboxRelaySettings,
    private readonly logger: Logger,
    /** Counts what the relay publishes (okr_outbox_published_events_total); none in tests that need no metrics. */
    private readonly metrics?: RelayMetrics,
  ) {
    this.lease = new RedisLease(redis, { key: settings.leaseKey, leaseMs: settings.leaseMs });
    this.markers = markersBeside(commits);
    this.orphans = new OrphanMarkers(settings.orphanGraceMs ?? ORPHAN_MARKER_GRACE_MS);
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    await this.producer.connect();
    this.unsubscribe = this.signal.onCommit((announcement) => this.announce(announcement));
    if (this.subscriber) {
      await this.subscriber.subscribe(this.signal.channel);
      this.subscriber.on('message', (_channel: string, message: string) => {
        // This process's own commits were handed over in memory already.
        const id = this.signal.fromElsewhere(message);
        if (id) this.announce({ id });
      });
    }
    this.loop = this.run();
  }

  /** Finishes the round in progress, gives the lease up, and disconnects. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.poke();
    await this.loop;
    await this.markSent().catch((error: unknown) => {
      // They stay pending and go out again after the restart: a duplicate, never a loss.
      this.logger.warn({ err: error }, 'outbox relay could not delete the markers of sent commits at stop');
    });
    this.unsubscribe?.();
    await this.subscriber?.unsubscribe(this.signal.channel).catch(() => undefined);
    await this.lease.release();
    await this.producer.disconnect();
  }

  /**
   * One search round: publishes pending commits (at most batchSize) and deletes their markers; returns how
   * many. It reads the marker collection, which holds only pending commits, unsorted, so FerretDB stops at
   * batchSize, and fetches their commits by `_id`. A commit whose stream's previous version is still pending
   * waits, which keeps each stream in order. Only when every commit found waits does it take the oldest
   * markers by commit time, the slow way. Commits written before markers go first, while any are left.
   */
  async publishPending(): Promise<number> {
    // Sent commits whose markers are still there would be found again and sent twice.
    await this.markSent();
    if (this.legacyDue) {
      const published = await this.publishLegacy();
      if (published > 0) return published;
    }
    const found = await this.markers.find({}).limit(this.settings.batchSize).toArray();
    const commits = await this.commitsOf(found);
    const ready = await this.inStreamOrder(commits);
    if (commits.length > 0 && ready.length === 0) {
      const oldest = await this.markers
        .find({})
        .sort({ committedAt: 1 })
        .limit(this.settings.batchSize)
        .toArray();
      this.backlog = true;
      return this.publish(await this.commitsOf(oldest));
    }
    // A full batch means more may be waiting (a backlog after a crash or an outage).
    this.backlog = found.length >= this.settings.batchSize && ready.length > 0;
    return this.publish(ready);
  }

  /**
   * Publishes commits written before markers (`published: false`), found by the search the relay made before
   * markers; once it finds none, it is not made again until this relay gains the lease anew.
   */
  private async publishLegacy(): Promise<number> {
    const found = await this.commits.find({ published: false }).limit(this.settings.batchSize).toArray();
    if (found.length === 0) {
      this.legacyDue = false;
      return 0;
    }
    this.backlog = true;
    const ready = await this.inStreamOrder(found);
    if (ready.length > 0) return this.publish(ready);
    const oldest = await this.commits
      .find({ published: false })
      .sort({ committedAt: 1 })
      .limit(this.settings.batchSize)
      .toArray();
    return this.publish(oldest);
  }

  /**
   * The commits of the markers found, by `_id` (one `$in`, served by the _id index with patch 0002). A marker
   * without its commit is an orphan, or its writer is between its two inserts; it is removed only once it
   * has been seen without a commit for the whole grace period.
   */
  private async commitsOf(found: readonly OutboxMarker[]): Promise<Commit[]> {
    if (found.length === 0) return [];
    const commits = await this.commits.find({ _id: { $in: found.map((marker) => marker._id) } }).toArray();
    const present = new Set(commits.map((commit) => commit._id));
    this.orphans.forget(present);
    const orphaned = found.filter((marker) => !present.has(marker._id));
    if (orphaned.length > 0) {
      const due = new Set(
        this.orphans.seen(
          orphaned.map((marker) => marker._id),
          Date.now(),
        ),
      );
      for (const marker of orphaned.filter((candidate) => due.has(candidate._id))) {
        await this.removeOrphan(marker);
      }
    }
    return commits;
  }

  /**
   * Removes a marker found without its commit for the whole grace period. Its writer may yet insert the commit
   * (a writer that found the marker there, or a very slow one), so the commit is looked for again after the
   * delete and the marker put back if it came meanwhile: with the writer's own check after its insert
   * (CommitStore.append) the commit cannot end up unmarked, whatever the order.
   */
  private async removeOrphan(marker: OutboxMarker): Promise<void> {
    await this.markers.deleteOne({ _id: marker._id });
    this.orphans.forget([marker._id]);
    if (await this.commits.findOne({ _id: marker._id }, { projection: { _id: 1 } })) {
      await insertMarker(this.markers, marker);
    } else {
      this.logger.warn(
        { commit: marker._id },
        'outbox relay removed a marker whose commit was never written',
      );
    }
  }

  /**
   * One round over announced commits: handed over in memory, or found by `_id` with their markers, never by
   * searching. A commit whose stream's previous version is not yet published waits for the next search,
   * which keeps each stream in order.
   */
  async publishAnnounced(): Promise<number> {
    const ids = [...this.announced.keys()].slice(0, this.settings.batchSize);
    const handed = ids.flatMap((id) => {
      const commit = this.announced.get(id);
      return commit ? [commit] : [];
    });
    const elsewhere = ids.filter((id) => this.announced.get(id) === undefined);
    for (const id of ids) this.announced.delete(id);
    const [fetched, marked] = await Promise.all([
      elsewhere.length > 0 ? this.commits.find({ _id: { $in: elsewhere } }).toArray() : Promise.resolve([]),
      markedAmong(this.markers, elsewhere),
    ]);
    // An announced commit without a marker was published already (or has no events).
    for (const commit of fetched.filter((candidate) => !isPending(candidate, marked))) {
      this.rememberPublished(commit);
    }
    const pending = [...handed, ...fetched.filter((commit) => isPending(commit, marked))];
    return this.publish(await this.inStreamOrder(pending));
  }

  /**
   * The pending commits that may go out now, in publishing order: those whose stream's previous version is
   * published or goes out before them. The others wait for a later round (a search comes soon). One this relay
   * sent already (a marker put back by a writer) only has its marker deleted again.
   */
  private async inStreamOrder(commits: readonly Commit[]): Promise<Commit[]> {
    const ready: Commit[] = [];
    const inRound = new Map<string, number>();
    for (const commit of publishingOrder(commits)) {
      const previous = commit.version - 1;
      const inOrder =
        previous === 0 ||
        inRound.get(commit.stream) === previous ||
        (this.publishedHeads.get(commit.stream) ?? 0) >= previous ||
        (await this.isPublished(commit.stream, previous));
      if (!inOrder) {
        this.searchDue = true;
        continue;
      }
      inRound.set(commit.stream, commit.version);
      if ((this.publishedHeads.get(commit.stream) ?? 0) >= commit.version) this.markAgain(commit);
      else ready.push(commit);
    }
    return ready;
  }

  private async publish(pending: readonly Commit[]): Promise<number> {
    if (pending.length === 0) return 0;
    const batch = publishingOrder(pending);
    const sends = batch.flatMap((commit) => toMessages(commit, this.settings.topicPrefix));
    const spans = sends.flatMap(({ span }) => (span ? [span] : []));
    const messages = sends.map(({ message }) => message);
    try {
      await this.producer.send(messages);
    } catch (error) {
      endSendSpans(spans, error);
      throw error;
    }
    endSendSpans(spans);
    this.metrics?.published(messages);
    // Sending may take long under load; renew before marking so the lease never lapses mid-round unnoticed.
    if (!(await this.lease.hold())) return 0;
    for (const commit of batch) {
      this.markAgain(commit);
      this.rememberPublished(commit);
      // Published by a search before its announcement came round: nothing left to do for it.
      this.announced.delete(commit._id);
    }
    return batch.length;
  }

  /** Queues a sent commit's marker for deletion (or, written before markers, the commit for marking). */
  private markAgain(commit: Commit): void {
    if (this.unmarked.length === 0) this.unmarkedSince = Date.now();
    this.unmarked.push(commit._id);
    if (commit.published === false) this.legacyUnmarked.add(commit._id);
  }

  private async run(): Promise<void> {
    while (this.running) {
      let published = 0;
      let searched = false;
      try {
        if (this.markIsDue()) await this.markSent();
        const holds = await this.lease.hold();
        // Gaining the lease: the relay before may have left commits written before markers.
        if (holds && !this.holdsLease) this.legacyDue = true;
        this.holdsLease = holds;
        if (holds) {
          searched = this.searchIsDue();
          if (searched) {
            this.searchDue = false;
            this.lastSearchAt = Date.now();
            published = await this.publishPending();
          } else {
            published = await this.publishAnnounced();
          }
          if (published > 0) this.logger.debug({ published, searched }, 'outbox relay published commits');
        } else {
          // Another relay holds the lease and hears the same announcements from Redis.
          this.announced.clear();
        }
      } catch (error) {
        // Kafka or the database is away: keep the commits pending and search for them after a pause.
        this.searchDue = true;
        this.logger.warn({ err: error }, 'outbox relay round failed; retrying');
        await this.pause(Math.min(1_000, this.settings.idlePollMs));
        continue;
      }
      if (this.announced.size === 0 && !this.backlog) {
        const nextSearchAt = this.lastSearchAt + (this.searchDue ? SEARCH_GAP_MS : this.settings.idlePollMs);
        const nextMarkAt =
          this.unmarked.length > 0 ? this.unmarkedSince + MARK_DELAY_MS : Number.POSITIVE_INFINITY;
        await this.pause(Math.max(0, Math.min(nextSearchAt, nextMarkAt) - Date.now()));
      }
    }
  }

  /**
   * Whether this round searches the outbox. The search reads markers and fetches their commits, so announced
   * commits (handed over, or found by `_id`) go first: a search runs every idlePollMs, soon after a commit came
   * out of order (its stream waits for it), and back to back only while working off a backlog with nothing
   * announced.
   */
  private searchIsDue(): boolean {
    const sinceLast = Date.now() - this.lastSearchAt;
    return (
      sinceLast >= this.settings.idlePollMs ||
      (this.searchDue && sinceLast >= SEARCH_GAP_MS) ||
      (this.backlog && this.announced.size === 0)
    );
  }

  private announce(announcement: CommitAnnouncement): void {
    if ('commit' in announcement) this.announced.set(announcement.commit._id, announcement.commit);
    else if (!this.announced.has(announcement.id)) this.announced.set(announcement.id, undefined);
    // Too many to keep in memory (a burst while Kafka is away): the search finds them all anyway.
    if (this.announced.size > ANNOUNCED_LIMIT) {
      this.announced.clear();
      this.searchDue = true;
    }
    this.poke();
  }

  private async isPublished(stream: string, version: number): Promise<boolean> {
    const id = commitId(stream, version);
    const [commit, marked] = await Promise.all([
      this.commits.findOne({ _id: id }, { projection: { _id: 1, published: 1 } }),
      markedAmong(this.markers, [id]),
    ]);
    return commit !== null && !isPending(commit, marked);
  }

  private rememberPublished(commit: Pick<Commit, 'stream' | 'version'>): void {
    if ((this.publishedHeads.get(commit.stream) ?? 0) >= commit.version) return;
    this.publishedHeads.delete(commit.stream);
    this.publishedHeads.set(commit.stream, commit.version);
    if (this.publishedHeads.size > PUBLISHED_HEADS_LIMIT) {
      const oldest = this.publishedHeads.keys().next();
      if (!oldest.done) this.publishedHeads.delete(oldest.value);
    }
  }

  private markIsDue(): boolean {
    return (
      this.unmarked.length >= MARK_BATCH ||
      (this.unmarked.length > 0 && Date.now() - this.unmarkedSince >= MARK_DELAY_MS)
    );
  }

  /** Deletes the markers of every sent commit; on failure they stay in the list for the next try. */
  private async markSent(): Promise<void> {
    if (this.unmarked.length === 0) return;
    const ids = [...this.unmarked];
    await this.markPublished(ids);
    this.unmarked.splice(0, ids.length);
    for (const id of ids) this.legacyUnmarked.delete(id);
    this.unmarkedSince = Date.now();
  }

  private async markPublished(ids: readonly string[]): Promise<void> {
    // One statement for every commit sent since the last time, found through the _id index (on FerretDB with
    // deploy/local/ferretdb/patches/0002); never a bulkWrite of single statements, which deadlocks FerretDB.
    await this.markers.deleteMany({ _id: { $in: [...ids] } });
    const legacy = ids.filter((id) => this.legacyUnmarked.has(id));
    if (legacy.length > 0) {
      await this.commits.updateMany(
        { _id: { $in: legacy } },
        { $set: { published: true, publishedAt: new Date() } },
      );
    }
  }

  /** Waits up to `ms` (never past a third of the lease, which must be renewed), or until poked. */
  private pause(ms: number): Promise<void> {
    if (this.signalled || !this.running) {
      this.signalled = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.wake = undefined;
        this.signalled = false;
        resolve();
      };
      const timer = setTimeout(done, Math.min(ms, this.settings.leaseMs / 3));
      this.wake = done;
    });
  }

  private poke(): void {
    this.signalled = true;
    this.wake?.();
  }
}

/** The messages of a commit's events, each with the span of its sending when the commit stored a trace. */
function toMessages(commit: Commit, topicPrefix: string): Array<{ message: OutgoingMessage; span?: Span }> {
  return commit.events.map(({ topic, envelope }) => {
    const name = namespacedTopic(topicPrefix, topic);
    const sending = startSendSpan(commit.trace, name, {
      'messaging.message.id': envelope.eventId,
      'okr.event.type': envelope.type,
      'okr.event.version': envelope.version,
    });
    const message: OutgoingMessage = {
      topic: name,
      key: envelope.subject,
      value: JSON.stringify(envelope),
      headers: {
        [EVENT_HEADERS.eventId]: envelope.eventId,
        [EVENT_HEADERS.type]: envelope.type,
        [EVENT_HEADERS.version]: String(envelope.version),
        ...sending?.headers,
      },
    };
    return sending ? { message, span: sending.span } : { message };
  });
}
