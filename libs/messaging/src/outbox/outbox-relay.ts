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
  /** How many commits announced by another process are looked up by `_id` at once. */
  markConcurrency: number;
}

export const DEFAULT_RELAY_SETTINGS: Omit<OutboxRelaySettings, 'leaseKey'> = {
  topicPrefix: '',
  batchSize: 500,
  idlePollMs: 2_000,
  leaseMs: 10_000,
  markConcurrency: 8,
};

// Announced commits kept for the next round; beyond this the relay forgets them and searches instead.
const ANNOUNCED_LIMIT = 50_000;
// Shortest pause between two searches asked for by out-of-order commits, so announced ones keep going out.
const SEARCH_GAP_MS = 100;
// Streams whose last published version the relay remembers, so stream order rarely needs a lookup.
const PUBLISHED_HEADS_LIMIT = 100_000;
// Sent commits are marked published together, in one update, once this many wait or the oldest waited MARK_DELAY_MS:
// on FerretDB a commit marked among a hundred costs ~0.7 ms of CPU, marked alone ~1.2 ms. A crash before the mark
// re-sends them, as a crash between send and mark always did.
const MARK_BATCH = 100;
const MARK_DELAY_MS = 200;

/** The header that tells consumers which event a Kafka message carries without parsing it. */
export const EVENT_HEADERS = {
  eventId: 'x-event-id',
  type: 'x-event-type',
  version: 'x-event-version',
} as const;

/**
 * Publishes pending commits' events to Kafka, at least once and in order per stream, then marks them
 * published. One relay per service publishes at a time (a Redis lease); if two ever overlap, consumers'
 * idempotency on eventId makes the duplicates harmless.
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
  /** Commits sent to Kafka and not yet marked published, oldest first, and when the oldest was sent. */
  private readonly unmarked: string[] = [];
  private unmarkedSince = 0;

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
      this.logger.warn({ err: error }, 'outbox relay could not mark sent commits published at stop');
    });
    this.unsubscribe?.();
    await this.subscriber?.unsubscribe(this.signal.channel).catch(() => undefined);
    await this.lease.release();
    await this.producer.disconnect();
  }

  /**
   * One search round: publishes pending commits (at most batchSize) and marks them; returns how many. The
   * search takes them unsorted, so FerretDB stops reading at batchSize instead of reading (to sort) every
   * pending commit; a commit whose stream's previous version is still pending waits, which keeps each stream
   * in order. Only when every commit found waits does it take the oldest by commit time, the slow way.
   */
  async publishPending(): Promise<number> {
    // Sent but unmarked commits would be found again and sent twice.
    await this.markSent();
    const found = await this.commits.find({ published: false }).limit(this.settings.batchSize).toArray();
    this.backlog = found.length >= this.settings.batchSize;
    const ready = await this.inStreamOrder(found);
    if (found.length > 0 && ready.length === 0) {
      const oldest = await this.commits
        .find({ published: false })
        .sort({ committedAt: 1 })
        .limit(this.settings.batchSize)
        .toArray();
      return this.publish(oldest);
    }
    return this.publish(ready);
  }

  /**
   * One round over announced commits: found by `_id` (or handed over in memory), never by searching the
   * outbox, which on FerretDB reads every commit (docs/adr/0004). A commit whose stream's previous version
   * is not yet published waits for the next search, which keeps each stream in order.
   */
  async publishAnnounced(): Promise<number> {
    const ids = [...this.announced.keys()].slice(0, this.settings.batchSize);
    const handed = ids.map((id) => this.announced.get(id));
    for (const id of ids) this.announced.delete(id);
    const fetched = await this.inChunks(ids, (id, index) =>
      handed[index] ? Promise.resolve(handed[index]) : this.commits.findOne({ _id: id }),
    );
    return this.publish(
      await this.inStreamOrder(fetched.filter((commit): commit is Commit => commit !== null)),
    );
  }

  /**
   * The commits that may go out now, in publishing order: those whose stream's previous version is published
   * or goes out before them. The others wait for a later round (a search comes soon).
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
      if (commit.published) this.rememberPublished(commit);
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
    if (this.unmarked.length === 0) this.unmarkedSince = Date.now();
    this.unmarked.push(...batch.map((commit) => commit._id));
    for (const commit of batch) {
      this.rememberPublished(commit);
      // Published by a search before its announcement came round: nothing left to do for it.
      this.announced.delete(commit._id);
    }
    return batch.length;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let published = 0;
      let searched = false;
      try {
        if (this.markIsDue()) await this.markSent();
        if (await this.lease.hold()) {
          searched = this.searchIsDue();
          if (searched) {
            this.searchDue = false;
            this.lastSearchAt = Date.now();
            // A full batch means more may be waiting (a backlog after a crash or an outage).
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
   * Whether this round searches the outbox. The search costs a read of every pending commit on FerretDB, so
   * announced commits go first: a search runs every idlePollMs, soon after a commit came out of order (its
   * stream waits for it), and back to back only while working off a backlog with nothing announced.
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
    const commit = await this.commits.findOne(
      { _id: commitId(stream, version) },
      { projection: { published: 1 } },
    );
    return commit?.published === true;
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

  private async inChunks<T, R>(
    items: readonly T[],
    work: (item: T, index: number) => Promise<R>,
  ): Promise<R[]> {
    const results: R[] = [];
    for (let start = 0; start < items.length; start += this.settings.markConcurrency) {
      results.push(
        ...(await Promise.all(
          items
            .slice(start, start + this.settings.markConcurrency)
            .map((item, offset) => work(item, start + offset)),
        )),
      );
    }
    return results;
  }

  private markIsDue(): boolean {
    return (
      this.unmarked.length >= MARK_BATCH ||
      (this.unmarked.length > 0 && Date.now() - this.unmarkedSince >= MARK_DELAY_MS)
    );
  }

  /** Marks every sent commit published; on failure they stay in the list for the next try. */
  private async markSent(): Promise<void> {
    if (this.unmarked.length === 0) return;
    const ids = [...this.unmarked];
    await this.markPublished(ids);
    this.unmarked.splice(0, ids.length);
    this.unmarkedSince = Date.now();
  }

  private async markPublished(ids: readonly string[]): Promise<void> {
    // One statement for every commit sent since the last mark, found through the _id index (on FerretDB with
    // deploy/local/ferretdb/patches/0002); never a bulkWrite of single updates, which deadlocks FerretDB.
    await this.commits.updateMany(
      { _id: { $in: [...ids] } },
      { $set: { published: true, publishedAt: new Date() } },
    );
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
