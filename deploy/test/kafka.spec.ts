import { type Consumer, Kafka, logLevel } from 'kafkajs';
import { randomBytes } from 'node:crypto';

const brokers = (process.env['KAFKA_BROKERS'] || '127.0.0.1:9092').split(',');
const kafka = new Kafka({ clientId: 'infrastructure-test', brokers, logLevel: logLevel.NOTHING });
const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

/** Consumes from the topic's committed position until `count` messages arrived, then disconnects. */
async function consumeValues(groupId: string, topic: string, count: number): Promise<string[]> {
  const consumer: Consumer = kafka.consumer({ groupId });
  const received: string[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`only ${received.length} of ${count} arrived`)), 30_000);
    void consumer.run({
      eachMessage: ({ message }) => {
        received.push(message.value?.toString() ?? '');
        if (received.length === count) {
          clearTimeout(timer);
          resolve();
        }
        return Promise.resolve();
      },
    });
  });
  // kafkajs commits the resolved offsets when the consumer stops.
  await consumer.disconnect();
  return received;
}

describe('Kafka broker', () => {
  const admin = kafka.admin();
  const producer = kafka.producer({ idempotent: true });

  beforeAll(async () => {
    await Promise.all([admin.connect(), producer.connect()]);
  });

  afterAll(async () => {
    await Promise.all([admin.disconnect(), producer.disconnect()]);
  });

  it('refuses to create topics implicitly: a produce to an unknown topic fails', async () => {
    const topic = unique('test.not-created');
    const eager = kafka.producer({ allowAutoTopicCreation: true, retry: { retries: 1 } });
    await eager.connect();

    try {
      await expect(eager.send({ topic, messages: [{ value: 'x' }] })).rejects.toThrow();
    } finally {
      await eager.disconnect();
    }
    expect(await admin.listTopics()).not.toContain(topic);
  });

  it('delivers produced messages to a consumer group, and the group resumes after its committed offset', async () => {
    const topic = unique('test.offsets');
    const groupId = unique('test-group');
    await admin.createTopics({ topics: [{ topic, numPartitions: 1 }], waitForLeaders: true });

    await producer.send({ topic, acks: -1, messages: ['a', 'b', 'c'].map((value) => ({ key: 'k', value })) });
    const first = await consumeValues(groupId, topic, 3);

    await producer.send({ topic, acks: -1, messages: ['d', 'e'].map((value) => ({ key: 'k', value })) });
    const afterReconnect = await consumeValues(groupId, topic, 2);

    expect(first).toEqual(['a', 'b', 'c']);
    expect(afterReconnect).toEqual(['d', 'e']);
    const [committed] = await admin.fetchOffsets({ groupId, topics: [topic] });
    expect(committed?.partitions).toEqual([expect.objectContaining({ partition: 0, offset: '5' })]);
  });
});
