import { defineEvent, parseEnvelope } from '@okr/contracts';
import { IsInt, Min } from 'class-validator';
import Redis from 'ioredis';
import { Kafka, logLevel } from 'kafkajs';
import mongoose, { type Connection } from 'mongoose';
import pino from 'pino';
import {
  CommitStore,
  KafkajsMessageBus,
  messagingRedisKeys,
  type MessageProducer,
  type OutgoingMessage,
  OutboxRelay,
  OutboxSignal,
  pendingEvent,
} from '../src';
import {
  createTestTopics,
  deleteTestTopics,
  testDatabase,
  testGroup,
  testRedisPrefix,
  testTopic,
} from '../src/testing';

class OutageProbedData {
  @IsInt()
  @Min(1)
  seq!: number;
}

const brokers = (process.env['KAFKA_BROKERS'] || '127.0.0.1:9092').split(',');
const kafka = new Kafka({ clientId: 'outage-test', brokers, logLevel: logLevel.NOTHING });

/**
 * The real producer, refusing its first `failures` sends the way kafkajs does while no broker answers.
 * Everything else (Kafka, the database, Redis) is real.
 */
class BrokerOutage implements MessageProducer {
  attempts = 0;

  constructor(
    private readonly real: MessageProducer,
    private failures: number,
  ) {}

  connect(): Promise<void> {
    return this.real.connect();
  }

  async send(messages: readonly OutgoingMessage[]): Promise<void> {
    this.attempts += 1;
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error('KafkaJSConnectionError: Connection error: connect ECONNREFUSED');
    }
    await this.real.send(messages);
  }

  disconnect(): Promise<void> {
    return this.real.disconnect();
  }
}

describe('the outbox relay during a Kafka outage', () => {
  const topic = testTopic('outage');
  const contract = defineEvent({
    type: 'OutageProbed',
    version: 1,
    topic,
    description: 'A test event.',
    subject: 'a test subject',
    dataClass: OutageProbedData,
  });
  let connection: Connection;
  let redis: Redis;
  let store: CommitStore;

  beforeAll(async () => {
    await createTestTopics([topic]);
    connection = await mongoose
      .createConnection(process.env['MONGODB_URI'] || 'mongodb://127.0.0.1:27017', {
        dbName: testDatabase('messaging'),
      })
      .asPromise();
    redis = new Redis(process.env['REDIS_URL'] || 'redis://127.0.0.1:6379');
    store = new CommitStore(connection, 'outage-test');
    await store.ensureIndexes();
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
    await redis.quit();
    await deleteTestTopics(topic);
  });

  it('keeps commits written while Kafka refuses them, and publishes them in order per subject once it accepts', async () => {
    for (const subject of ['12AB', '34CD']) {
      for (let seq = 1; seq <= 5; seq += 1) {
        await store.append({
          stream: `probe-${subject}`,
          aggregateType: 'Probe',
          expectedVersion: seq - 1,
          state: { seq },
          events: [pendingEvent(contract, subject, { seq })],
        });
      }
    }
    const outage = new BrokerOutage(new KafkajsMessageBus(kafka).producer(), 3);
    const relay = new OutboxRelay(
      store.commits,
      outage,
      redis,
      undefined,
      new OutboxSignal(undefined, testRedisPrefix('outage')),
      {
        leaseKey: messagingRedisKeys(testRedisPrefix('outage')).relayLease,
        topicPrefix: '',
        batchSize: 4,
        idlePollMs: 200,
        leaseMs: 2_000,
      },
      pino({ level: 'silent' }),
    );
    const received: { subject: string; seq: number }[] = [];
    const consumer = kafka.consumer({ groupId: testGroup('outage-reader') });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: ({ message }) => {
        const parsed = parseEnvelope(message.value);
        if (parsed.ok)
          received.push({
            subject: parsed.envelope.subject,
            seq: (parsed.envelope.data as OutageProbedData).seq,
          });
        return Promise.resolve();
      },
    });

    await relay.start();
    const deadline = Date.now() + 30_000;
    while (received.length < 10 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    await relay.stop();
    await consumer.disconnect();

    expect(outage.attempts).toBeGreaterThan(3);
    const inOrder = (subject: string) =>
      received.filter((event) => event.subject === subject).map((event) => event.seq);
    expect(inOrder('12AB')).toEqual([1, 2, 3, 4, 5]);
    expect(inOrder('34CD')).toEqual([1, 2, 3, 4, 5]);
    expect(await store.pendingCount()).toBe(0);
  }, 60_000);

  it('refuses to build an event the catalogue would dead-letter, so nothing invalid is ever stored', async () => {
    await expect(
      store.append({
        stream: 'probe-invalid',
        aggregateType: 'Probe',
        expectedVersion: 0,
        state: {},
        events: [pendingEvent(contract, '56EF', { seq: 0 })],
      }),
    ).rejects.toThrow('Invalid OutageProbed v1 event: data.seq');
    expect(await store.latest('probe-invalid')).toBeUndefined();
  });
});
