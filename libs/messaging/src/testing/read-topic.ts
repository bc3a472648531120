import { type IHeaders, Kafka, logLevel } from 'kafkajs';
import { KafkajsMessageBus } from '../kafka/kafkajs.message-bus';
import { testGroup } from './test-names';

/** A message read back from a topic: key and value as UTF-8, headers decoded. */
export interface ReadMessage {
  key: string | null;
  value: string;
  headers: Record<string, string>;
  partition: number;
  offset: string;
}

/** The broker of the tests: KAFKA_BROKERS, or the local one. */
export function testKafka(clientId = 'test-reader'): Kafka {
  return new Kafka({
    clientId,
    brokers: (process.env['KAFKA_BROKERS'] || '127.0.0.1:9092').split(','),
    logLevel: logLevel.NOTHING,
  });
}

/**
 * Reads `topic` from its start with a plain kafkajs consumer of a group of its own until `count` messages
 * arrived (those answered, in arrival order); throws naming how many it read after `timeoutMs`.
 */
export async function readTopic(topic: string, count: number, timeoutMs = 20_000): Promise<ReadMessage[]> {
  const kafka = testKafka();
  const groupId = testGroup('reader');
  const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false, maxWaitTimeInMs: 500 });
  const seen: ReadMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`read ${seen.length} of ${count} messages of ${topic}`)),
        timeoutMs,
      );
      consumer
        .run({
          eachMessage: ({ partition, message }) => {
            seen.push({
              key: message.key?.toString('utf8') ?? null,
              value: message.value?.toString('utf8') ?? '',
              headers: decodeHeaders(message.headers),
              partition,
              offset: message.offset,
            });
            if (seen.length >= count) {
              clearTimeout(timer);
              resolve();
            }
            return Promise.resolve();
          },
        })
        .catch((error: unknown) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(String(error)));
        });
    });
  } finally {
    await consumer.disconnect();
    // Leave the shared broker as it was: the reader's group is of no use to anyone after the test.
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
  return seen.slice(0, count);
}

/** Kafka headers as text: the first value of each, decoded as UTF-8. */
export function decodeHeaders(headers: IHeaders | undefined): Record<string, string> {
  const decoded: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) decoded[name] = first.toString();
  }
  return decoded;
}

/**
 * Deletes every topic whose name starts with `prefix` (a test's KAFKA_TOPIC_PREFIX, or a testTopic name), so
 * a test run leaves no topics behind on the shared broker. Refuses a prefix outside the test namespace.
 */
export async function deleteTestTopics(prefix: string): Promise<string[]> {
  if (!prefix.startsWith('test.'))
    throw new Error(`refusing to delete topics outside the test namespace: ${prefix}`);
  const admin = testKafka().admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((topic) => topic.startsWith(prefix));
    if (topics.length > 0) await admin.deleteTopics({ topics });
    return topics;
  } finally {
    await admin.disconnect();
  }
}

/**
 * Creates the topics (the broker creates none on use), `partitions` each, the way a service does at start-up:
 * retried while the shared broker does not yet know a topic others are creating at the same moment.
 */
export async function createTestTopics(topics: readonly string[], partitions = 3): Promise<void> {
  const admin = new KafkajsMessageBus(testKafka('test-topics')).admin();
  try {
    await admin.ensureTopics(topics.map((name) => ({ name, partitions })));
  } finally {
    await admin.close();
  }
}
