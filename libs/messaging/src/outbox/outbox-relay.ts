import type Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Collection } from 'mongoose';
import type { MessageProducer, OutgoingMessage } from '../ports/message-bus.port';
import type { Commit } from './commit';
import type { OutboxSignal } from './outbox-signal';
import { publishingOrder } from './relay-order';

export interface OutboxRelaySettings {
  /** Service name: names the lease and appears in logs. */
  service: string;
  /** Most commits published in one round. */
  batchSize: number;
  /** Longest wait between rounds when nothing signals new commits (the safety net for lost signals). */
  idlePollMs: number;
  /** How long a relay's lease lasts without renewal: the longest another relay waits after a crash. */
  leaseMs: number;
  /** How many `published` marks are written at once. */
  markConcurrency: number;
}

export const DEFAULT_RELAY_SETTINGS: Omit<OutboxRelaySettings, 'service'> = {
  batchSize: 500,
  idlePollMs: 2_000,
  leaseMs: 10_000,
  markConcurrency: 8,
};

// Extends the lease only while this relay still holds it.
const RENEW_LEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE_LEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

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
  private readonly instance = randomUUID();
  private readonly leaseKey: string;
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private signalled = false;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly commits: Collection<Commit>,
    private readonly producer: MessageProducer,
    private readonly redis: Redis,
    private readonly subscriber: Redis | undefined,
    private readonly signal: OutboxSignal,
    private readonly settings: OutboxRelaySettings,
    private readonly logger: Logger,
  ) {
    this.leaseKey = `okr:outbox-relay-lease:${settings.service}`;
  }

  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    await this.producer.connect();
    this.unsubscribe = this.signal.onCommit(() => this.poke());
    if (this.subscriber) {
      await this.subscriber.subscribe(this.signal.channel);
      this.subscriber.on('message', () => this.poke());
    }
    this.loop = this.run();
  }

  /** Finishes the round in progress, gives the lease up, and disconnects. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.poke();
    await this.loop;
    this.unsubscribe?.();
    await this.subscriber?.unsubscribe(this.signal.channel).catch(() => undefined);
    await this.redis.eval(RELEASE_LEASE, 1, this.leaseKey, this.instance).catch(() => undefined);
    await this.producer.disconnect();
  }

  /**
   * One round: publishes the oldest pending commits (at most batchSize) and marks them; returns how many.
   * Commit times increase within a stream, so the oldest batch never holds a stream's later version without
   * its earlier ones. Gives up the round if the lease was lost meanwhile (another relay carries on).
   */
  async publishPending(): Promise<number> {
    const pending = await this.commits
      .find({ published: false })
      .sort({ committedAt: 1 })
      .limit(this.settings.batchSize)
      .toArray();
    if (pending.length === 0) return 0;
    const batch = publishingOrder(pending);
    await this.producer.send(batch.flatMap(toMessages));
    // Sending may take long under load; renew before marking so the lease never lapses mid-round unnoticed.
    if (!(await this.holdLease())) return 0;
    await this.markPublished(batch.map((commit) => commit._id));
    return batch.length;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let published = 0;
      try {
        if (await this.holdLease()) {
          published = await this.publishPending();
          if (published > 0) this.logger.debug({ published }, 'outbox relay published commits');
        }
      } catch (error) {
        // Kafka or the database is away: keep the commits pending and try again after a pause.
        this.logger.warn({ err: error }, 'outbox relay round failed; retrying');
      }
      if (published < this.settings.batchSize) {
        await this.pause(published === 0 ? this.settings.idlePollMs : 0);
      }
    }
  }

  private async holdLease(): Promise<boolean> {
    const renewed = await this.redis.eval(
      RENEW_LEASE,
      1,
      this.leaseKey,
      this.instance,
      this.settings.leaseMs,
    );
    if (renewed === 1) return true;
    const taken = await this.redis.set(this.leaseKey, this.instance, 'PX', this.settings.leaseMs, 'NX');
    return taken === 'OK';
  }

  private async markPublished(ids: readonly string[]): Promise<void> {
    const publishedAt = new Date();
    // One update per commit by _id: FerretDB pushes _id equality down, but not $in (docs/adr/0004).
    for (let start = 0; start < ids.length; start += this.settings.markConcurrency) {
      await Promise.all(
        ids
          .slice(start, start + this.settings.markConcurrency)
          .map((_id) => this.commits.updateOne({ _id }, { $set: { published: true, publishedAt } })),
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

function toMessages(commit: Commit): OutgoingMessage[] {
  return commit.events.map(({ topic, envelope }) => ({
    topic,
    key: envelope.subject,
    value: JSON.stringify(envelope),
    headers: {
      [EVENT_HEADERS.eventId]: envelope.eventId,
      [EVENT_HEADERS.type]: envelope.type,
      [EVENT_HEADERS.version]: String(envelope.version),
    },
  }));
}
