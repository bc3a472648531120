import { KafkajsMessageBus, type TopicAdmin } from '../src';
import { createTestTopics, deleteTestTopics, testGroup, testKafka, testTopic } from '../src/testing';

// Against the real broker: what a reader that keeps its own checkpoint asks the admin about its topics.
describe('the kafkajs topic admin', () => {
  const kafka = testKafka('topic-admin-test');
  const prefix = testTopic('topic-admin');
  let admin: TopicAdmin;

  beforeAll(() => {
    admin = new KafkajsMessageBus(kafka).admin();
  });

  afterAll(async () => {
    await admin.close();
    await deleteTestTopics(prefix);
  }, 30_000);

  async function produce(topic: string, partition: number, count: number): Promise<void> {
    const producer = kafka.producer({ allowAutoTopicCreation: false });
    await producer.connect();
    try {
      await producer.send({
        topic,
        acks: -1,
        messages: Array.from({ length: count }, (_, n) => ({ partition, value: `m${n}` })),
      });
    } finally {
      await producer.disconnect();
    }
  }

  it('gives the log end of every partition of many topics', async () => {
    const topics = Array.from({ length: 40 }, (_, n) => `${prefix}-ends-${n}`);
    await createTestTopics(topics, 2);
    await produce(topics[7] ?? '', 1, 3);

    const ends = await admin.partitionEnds(topics);

    expect(ends).toHaveLength(80);
    expect(ends.map(({ topic }) => topic)).toEqual(topics.flatMap((topic) => [topic, topic]));
    expect(ends.filter(({ high }) => high !== '0')).toEqual([{ topic: topics[7], partition: 1, high: '3' }]);
  }, 60_000);

  it("reads a group's committed positions, leaving out the partitions it never committed", async () => {
    const topics = [`${prefix}-committed-a`, `${prefix}-committed-b`];
    await createTestTopics(topics, 3);
    await produce(topics[0] ?? '', 0, 5);
    await produce(topics[0] ?? '', 2, 2);
    await produce(topics[1] ?? '', 1, 1);
    const groupId = testGroup('topic-admin');
    // Partition 1 of the first topic, and the whole second topic, the group never commits.
    await admin.setGroupPositions(groupId, [
      { topic: topics[0] ?? '', partition: 0, offset: '4' },
      { topic: topics[0] ?? '', partition: 2, offset: '2' },
    ]);

    try {
      const committed = await admin.committedPositions(groupId, topics);

      expect(
        [...committed].sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition),
      ).toEqual([
        { topic: topics[0], partition: 0, offset: '4' },
        { topic: topics[0], partition: 2, offset: '2' },
      ]);
    } finally {
      await admin.deleteGroups([groupId]);
    }
  }, 60_000);

  it('answers no positions for no topics', async () => {
    expect(await admin.committedPositions(testGroup('topic-admin-none'), [])).toEqual([]);
  });
});
