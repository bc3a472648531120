import { testEnv, uniqueName } from '@okr/service-kit/testing';
import type Redis from 'ioredis';
import {
  type OutboxProbeInfrastructure,
  openOutboxProbeInfrastructure,
  outboxProbeContract,
} from './fixtures/outbox-probe';
import { type Consumer, Kafka, logLevel } from 'kafkajs';
import type { Connection } from 'mongoose';
import pino from 'pino';
import {
  CommitStore,
  KafkajsMessageBus,
  messagingRedisKeys,
  type MessageProducer,
  type OutboxRelaySettings,
  OutboxRelay,
  OutboxSignal,
  type OutgoingMessage,
  pendingEvent,
} from '../src';
import { eventually, testGroup, testRedisPrefix } from '../src/testing';

/** A relay lease of the test's own, in the test namespace of Redis. */
const relayLeaseKey = (): string => messagingRedisKeys(testRedisPrefix('outbox-relay')).relayLease;

const OutboxProbedV1 = outboxProbeContract('A probe event written by the outbox relay tests');

/** The real Kafka producer, counting what it sends so that a test can tell which relay published. */
class CountingProducer implements MessageProducer {
  sent = 0;

  constructor(private readonly inner: MessageProducer) {}

  connect(): Promise<void> {
    return this.inner.connect();
  }

  async send(messages: readonly OutgoingMessage[]): Promise<void> {
    await this.inner.send(messages);
    this.sent += messages.length;
  }

  disconnect(): Promise<void> {
    return this.inner.disconnect();
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A message as the reader saw it: its subject, event id, and when Kafka says it was produced. */
interface Received {
  subject: string;
  eventId: string;
  subjectSeq: number;
  producedAt: number;
}

describe('the outbox relay', () => {
  const env = testEnv();
  const kafka = new Kafka({
    clientId: 'outbox-relay-test',
    brokers: (env['KAFKA_BROKERS'] as string).split(','),
    logLevel: logLevel.NOTHING,
  });
  const bus = new KafkajsMessageBus(kafka);
  const logger = pino({ level: 'silent' });
  const received: Received[] = [];
  const started: { relay: OutboxRelay; subscriber?: Redis }[] = [];
  let probe: OutboxProbeInfrastructure | undefined;
  let consumer: Consumer;
  let connection: Connection;
  let redis: Redis;

  /** Starts a relay on the test database; every relay started is stopped after the test. */
  async function startRelay(
    settings: OutboxRelaySettings,
    signal: OutboxSignal,
    producer: MessageProducer = bus.producer(),
    subscribe = false,
  ): Promise<OutboxRelay> {
    const subscriber = subscribe ? redis.duplicate() : undefined;
    const relay = new OutboxRelay(
      connection.collection('commits'),
      producer,
      redis,
      subscriber,
      signal,
      settings,
      logger,
    );
    started.push({ relay, ...(subscriber ? { subscriber } : {}) });
    await relay.start();
    return relay;
  }

  /** A writer with its own signal on `channel`, so it can wake a relay only the way another process would. */
  function writer(channel: string): CommitStore {
    return new CommitStore(connection, 'outbox-probe', new OutboxSignal(redis, channel));
  }

  function append(store: CommitStore, subject: string, subjectSeq: number): Promise<unknown> {
    return store.append({
      stream: subject,
      aggregateType: 'OutboxProbe',
      expectedVersion: subjectSeq - 1,
      state: { lastSeq: subjectSeq },
      events: [pendingEvent(OutboxProbedV1, subject, { subjectSeq })],
    });
  }

  const receivedOf = (subject: string): Received[] =>
    received.filter((message) => message.subject === subject);

  /** A relay that searches every 100 ms, as a relay working off what a crash left. */
  const searching = (overrides: Partial<OutboxRelaySettings> = {}): OutboxRelaySettings => ({
    leaseKey: relayLeaseKey(),
    topicPrefix: '',
    batchSize: 500,
    idlePollMs: 100,
    leaseMs: 10_000,
    ...overrides,
  });

  beforeAll(async () => {
    probe = await openOutboxProbeInfrastructure(kafka, env, OutboxProbedV1.topic, 1);
    ({ connection, redis } = probe);
    await new CommitStore(connection, 'outbox-probe').ensureIndexes();
    consumer = kafka.consumer({ groupId: testGroup('outbox-relay-reader') });
    await consumer.connect();
    await consumer.subscribe({ topic: OutboxProbedV1.topic, fromBeginning: true });
    const joined = new Promise((resolve) => consumer.on(consumer.events.GROUP_JOIN, resolve));
    await consumer.run({
      eachMessage: ({ message }) => {
        const envelope = JSON.parse((message.value as Buffer).toString()) as {
          subject: string;
          eventId: string;
          data: { subjectSeq: number };
        };
        received.push({
          subject: envelope.subject,
          eventId: envelope.eventId,
          subjectSeq: envelope.data.subjectSeq,
          producedAt: Number(message.timestamp),
        });
        return Promise.resolve();
      },
    });
    await joined;
  }, 60_000);

  afterEach(async () => {
    for (const { relay, subscriber } of started.splice(0)) {
      await relay.stop();
      subscriber?.disconnect();
    }
  });

  afterAll(async () => {
    await consumer?.disconnect();
    await probe?.close();
  }, 30_000);

  it('publishes a commit written elsewhere within a fraction of its poll interval when idle', async () => {
    // Arrange: a relay that would poll only every 10 s (its lease is long enough not to shorten the wait).
    const channel = testRedisPrefix('outbox-relay');
    const subject = uniqueName('probe');
    await startRelay(
      {
        leaseKey: relayLeaseKey(),
        topicPrefix: '',
        batchSize: 500,
        idlePollMs: 10_000,
        leaseMs: 60_000,
      },
      new OutboxSignal(redis, channel),
      bus.producer(),
      true,
    );
    // Its first round finds nothing to do; afterwards it waits for a signal or the 10 s poll.
    await sleep(1_500);

    // Act: a writer with a signal of its own, so only Redis pub/sub can wake the relay.
    const appendedAt = Date.now();
    await append(writer(channel), subject, 1);

    // Assert
    const [message] = await eventually(
      () => {
        const messages = receivedOf(subject);
        return messages.length > 0 ? messages : undefined;
      },
      { what: 'the event arrived' },
    );
    expect((message as Received).producedAt - appendedAt).toBeLessThan(2_000);
  }, 60_000);

  it('does not publish while another relay holds the lease, and takes over once that relay stops', async () => {
    // Arrange: the first relay proves it holds the lease by publishing; then a second one starts beside it.
    const channel = testRedisPrefix('outbox-relay');
    const settings: OutboxRelaySettings = {
      leaseKey: relayLeaseKey(),
      topicPrefix: '',
      batchSize: 500,
      idlePollMs: 200,
      leaseMs: 10_000,
    };
    const store = writer(channel);
    const subject = uniqueName('probe');
    const firstProducer = new CountingProducer(bus.producer());
    const secondProducer = new CountingProducer(bus.producer());
    const first = await startRelay(settings, new OutboxSignal(redis, channel), firstProducer);
    await append(store, subject, 1);
    await eventually(() => (firstProducer.sent === 1 ? true : undefined), {
      what: 'the first relay published',
    });
    await startRelay(settings, new OutboxSignal(redis, channel), secondProducer);

    // Act: commits arrive over a few of the second relay's polls, then the first relay stops.
    for (let subjectSeq = 2; subjectSeq <= 10; subjectSeq += 1) {
      await append(store, subject, subjectSeq);
      await sleep(100);
    }
    await eventually(() => (receivedOf(subject).length >= 10 ? true : undefined), {
      what: 'ten events arrived',
    });
    const whileFirstHeldLease = { first: firstProducer.sent, second: secondProducer.sent };
    await first.stop();
    const stoppedAt = Date.now();
    for (let subjectSeq = 11; subjectSeq <= 15; subjectSeq += 1) await append(store, subject, subjectSeq);
    await eventually(() => (receivedOf(subject).length >= 15 ? true : undefined), {
      what: 'fifteen events arrived',
    });

    // Assert
    expect(whileFirstHeldLease).toEqual({ first: 10, second: 0 });
    expect({ first: firstProducer.sent, second: secondProducer.sent }).toEqual({ first: 10, second: 5 });
    // Stopping gives the lease up, so the second relay need not wait for it to expire.
    const lastProducedAt = Math.max(...receivedOf(subject).map((message) => message.producedAt));
    expect(lastProducedAt - stoppedAt).toBeLessThan(settings.leaseMs / 2);
  }, 60_000);

  it('keeps a stream in order when the announcement of its earlier commit was lost', async () => {
    // Arrange: an idle relay that searches the outbox only every 3 s.
    const channel = testRedisPrefix('outbox-relay');
    const subject = uniqueName('probe');
    await startRelay(
      {
        leaseKey: relayLeaseKey(),
        topicPrefix: '',
        batchSize: 500,
        idlePollMs: 3_000,
        leaseMs: 60_000,
      },
      new OutboxSignal(redis, channel),
      bus.producer(),
      true,
    );
    await sleep(500);

    // Act: version 1 is written without an announcement (as after a crash right after the insert);
    // version 2 is announced at once.
    await append(new CommitStore(connection, 'outbox-probe'), subject, 1);
    await append(writer(channel), subject, 2);

    // Assert: version 2 waits for the search that finds version 1, and both go out in order.
    const messages = await eventually(
      () => {
        const arrived = receivedOf(subject);
        return arrived.length >= 2 ? arrived : undefined;
      },
      { what: 'both events arrived' },
    );
    expect(messages.map((message) => message.subjectSeq)).toEqual([1, 2]);
  }, 60_000);

  it("deletes a commit's marker once Kafka acknowledged its event, and sends it only once", async () => {
    // Arrange: a commit written with no relay running.
    const store = new CommitStore(connection, 'outbox-probe');
    const subject = uniqueName('probe');
    await append(store, subject, 1);
    const markedBefore = await store.markers.countDocuments({ stream: subject });

    // Act
    await startRelay(searching(), new OutboxSignal(undefined, testRedisPrefix('outbox-relay')));
    await eventually(
      async () => ((await store.markers.countDocuments({ stream: subject })) === 0 ? true : undefined),
      {
        what: 'the marker was deleted',
      },
    );
    // Several searches later, nothing was sent again.
    await sleep(500);

    // Assert
    expect(markedBefore).toBe(1);
    expect(receivedOf(subject).map((message) => message.subjectSeq)).toEqual([1]);
  }, 60_000);

  it('removes a marker whose commit was never written (a writer crashed between them) only after its grace, and sends nothing for it', async () => {
    // Arrange: the marker as a writer leaves it that died before inserting its commit.
    const store = new CommitStore(connection, 'outbox-probe');
    const subject = uniqueName('probe');
    await store.markers.insertOne({
      _id: `${subject}#1`,
      stream: subject,
      version: 1,
      committedAt: new Date(),
    });
    const graceMs = 1_500;

    // Act
    const startedAt = Date.now();
    await startRelay(
      searching({ orphanGraceMs: graceMs }),
      new OutboxSignal(undefined, testRedisPrefix('outbox-relay')),
    );
    await sleep(graceMs / 2);
    const duringGrace = await store.markers.countDocuments({ stream: subject });
    await eventually(
      async () => ((await store.markers.countDocuments({ stream: subject })) === 0 ? true : undefined),
      {
        what: 'the orphaned marker was removed',
      },
    );
    const removedAfterMs = Date.now() - startedAt;

    // Assert
    expect(duringGrace).toBe(1);
    expect(removedAfterMs).toBeGreaterThanOrEqual(graceMs);
    expect(receivedOf(subject)).toEqual([]);
  }, 60_000);

  it('sends a commit again when the relay died after sending it and before deleting its marker, with the same event id', async () => {
    // Arrange: the commit published by a first relay; then its marker is back, as a crash before the delete leaves it.
    const store = new CommitStore(connection, 'outbox-probe');
    const subject = uniqueName('probe');
    await append(store, subject, 1);
    const first = await startRelay(searching(), new OutboxSignal(undefined, testRedisPrefix('outbox-relay')));
    await eventually(
      async () => ((await store.markers.countDocuments({ stream: subject })) === 0 ? true : undefined),
      {
        what: 'the first relay deleted the marker',
      },
    );
    await first.stop();
    const commit = await store.latest(subject);
    if (!commit) throw new Error('the commit is missing');
    await store.markers.insertOne({
      _id: commit._id,
      stream: subject,
      version: 1,
      committedAt: commit.committedAt,
    });

    // Act: the next relay takes over.
    await startRelay(searching(), new OutboxSignal(undefined, testRedisPrefix('outbox-relay')));
    const messages = await eventually(
      () => (receivedOf(subject).length >= 2 ? receivedOf(subject) : undefined),
      {
        what: 'the event arrived twice',
      },
    );
    await eventually(async () => ((await store.isPending(commit)) ? undefined : true), {
      what: 'the marker was deleted again',
    });

    // Assert: a duplicate, which consumers drop by its event id; never a loss.
    expect(messages.map((message) => message.eventId)).toEqual([
      commit.events[0]?.envelope.eventId,
      commit.events[0]?.envelope.eventId,
    ]);
  }, 60_000);

  it('publishes commits written before markers (published: false) once, in order with later ones, and marks them', async () => {
    // Arrange: version 1 as the outbox stored it before markers; version 2 written now, with a marker.
    const store = new CommitStore(connection, 'outbox-probe');
    const subject = uniqueName('probe');
    await append(store, subject, 1);
    await store.markers.deleteMany({ stream: subject });
    await store.commits.updateOne({ _id: `${subject}#1` }, { $set: { published: false } });
    await append(store, subject, 2);

    // Act: one relay publishes; a second one starts after it.
    const first = await startRelay(searching(), new OutboxSignal(undefined, testRedisPrefix('outbox-relay')));
    await eventually(() => (receivedOf(subject).length >= 2 ? true : undefined), {
      what: 'both events arrived',
    });
    await eventually(
      async () =>
        (await store.commits.countDocuments({ stream: subject, published: false })) === 0 ? true : undefined,
      {
        what: 'version 1 was marked published',
      },
    );
    await first.stop();
    // It searches for commits written before markers again, as every relay that gains the lease does.
    await startRelay(searching(), new OutboxSignal(undefined, testRedisPrefix('outbox-relay')));
    await sleep(500);

    // Assert
    expect(receivedOf(subject).map((message) => message.subjectSeq)).toEqual([1, 2]);
    expect(await store.markers.countDocuments({ stream: subject })).toBe(0);
  }, 60_000);
});
