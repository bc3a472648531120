import {
  type Admin,
  type Consumer,
  type IHeaders,
  type Kafka,
  type KafkaMessage,
  type Producer,
} from 'kafkajs';
import { context } from '@opentelemetry/api';
import { suppressTracing } from '@opentelemetry/core';
import type {
  BatchHandler,
  ConsumerSettings,
  IncomingMessage,
  MessageBus,
  MessageConsumer,
  MessageHeaders,
  MessageProducer,
  OutgoingMessage,
  PartitionEnd,
  PartitionPosition,
  TopicAdmin,
  TopicSpec,
} from '../ports/message-bus.port';

/** The kafkajs adapter: the only file of the platform that talks to kafkajs for messaging. */
export class KafkajsMessageBus implements MessageBus {
  constructor(private readonly kafka: Kafka) {}

  producer(): MessageProducer {
    return new KafkajsProducer(this.kafka);
  }

  consumer(): MessageConsumer {
    return new KafkajsConsumer(this.kafka);
  }

  admin(): TopicAdmin {
    return new KafkajsTopicAdmin(this.kafka);
  }
}

class KafkajsProducer implements MessageProducer {
  private readonly producer: Producer;

  constructor(kafka: Kafka) {
    // Idempotent: the broker drops a retried batch it already has, so retries cannot reorder or repeat
    // messages within a producer session. One request in flight keeps order under retries.
    this.producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
    });
  }

  connect(): Promise<void> {
    return this.producer.connect();
  }

  async send(messages: readonly OutgoingMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const byTopic = new Map<string, OutgoingMessage[]>();
    for (const message of messages) {
      byTopic.set(message.topic, [...(byTopic.get(message.topic) ?? []), message]);
    }
    // The kafkajs instrumentation would parent a span of its own on whatever is active now and overwrite the
    // messages' traceparent with it: the relay sends the events of many traces at once, each carrying the
    // trace its commit stored (OutboxRelay), so the instrumentation's producer side is kept out.
    await context.with(suppressTracing(context.active()), () =>
      this.producer.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, list]) => ({
          topic,
          messages: list.map(({ key, value, headers }) => ({ key, value, headers })),
        })),
      }),
    );
  }

  disconnect(): Promise<void> {
    return this.producer.disconnect();
  }
}

class KafkajsConsumer implements MessageConsumer {
  private consumer: Consumer | undefined;

  constructor(private readonly kafka: Kafka) {}

  async start(settings: ConsumerSettings, onBatch: BatchHandler): Promise<void> {
    const consumer = this.kafka.consumer({
      groupId: settings.groupId,
      allowAutoTopicCreation: false,
      ...(settings.sessionTimeoutMs ? { sessionTimeout: settings.sessionTimeoutMs } : {}),
      ...(settings.heartbeatIntervalMs ? { heartbeatInterval: settings.heartbeatIntervalMs } : {}),
    });
    this.consumer = consumer;
    await consumer.connect();
    await consumer.subscribe({ topics: [...settings.topics], fromBeginning: settings.fromBeginning });
    const callerCommits = settings.commits === 'caller';
    await consumer.run({
      partitionsConsumedConcurrently: settings.partitionsConsumedConcurrently,
      // Offsets are resolved one by one as effects become durable, and committed after the batch; a caller
      // that checkpoints by itself commits through commit() instead.
      eachBatchAutoResolve: false,
      autoCommit: !callerCommits,
      eachBatch: async (payload) => {
        const { batch } = payload;
        const messages = batch.messages.map((message) => toIncoming(batch.topic, batch.partition, message));
        await onBatch(messages, {
          heartbeat: () => payload.heartbeat(),
          stillOwned: () => payload.isRunning() && !payload.isStale(),
          markDone: (message) => payload.resolveOffset(message.offset),
          highWatermark: batch.highWatermark,
        });
        if (!callerCommits) await payload.commitOffsetsIfNecessary();
      },
    });
  }

  async commit(positions: readonly PartitionPosition[]): Promise<void> {
    if (!this.consumer) throw new Error('the consumer is not started');
    if (positions.length === 0) return;
    await this.consumer.commitOffsets(
      positions.map(({ topic, partition, offset }) => ({ topic, partition, offset })),
    );
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    this.consumer = undefined;
  }
}

class KafkajsTopicAdmin implements TopicAdmin {
  private connected: Promise<Admin> | undefined;

  constructor(private readonly kafka: Kafka) {}

  async ensureTopics(topics: readonly TopicSpec[]): Promise<void> {
    const admin = await this.admin();
    const existing = new Set(await admin.listTopics());
    const missing = topics.filter((topic) => !existing.has(topic.name));
    if (missing.length === 0) return;
    try {
      // createTopics answers false (not an error) for topics another process created meanwhile.
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({ topic: topic.name, numPartitions: topic.partitions })),
      });
    } catch (error) {
      // While other topics are created at the same moment, the broker may not yet know a new topic when kafkajs
      // asks for its leaders (UNKNOWN_TOPIC_OR_PARTITION), which kafkajs does not retry: the wait below does.
      if (!isUnknownTopic(error)) throw error;
    }
    await this.untilLed(
      admin,
      missing.map((topic) => topic.name),
    );
  }

  /** Waits until the broker names a leader for every partition of the topics, so producers and consumers find them. */
  private async untilLed(admin: Admin, topics: readonly string[]): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const { topics: metadata } = await admin.fetchTopicMetadata({ topics: [...topics] });
        const led = metadata.every(
          (topic) =>
            topic.partitions.length > 0 && topic.partitions.every((partition) => partition.leader >= 0),
        );
        if (led) return;
      } catch (error) {
        if (!isUnknownTopic(error) || attempt >= 50) throw error;
      }
      if (attempt >= 50)
        throw new Error(`topics without leaders after ${attempt} looks: ${topics.join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async listTopics(): Promise<string[]> {
    return (await this.admin()).listTopics();
  }

  async partitionEnds(topics: readonly string[]): Promise<PartitionEnd[]> {
    const admin = await this.admin();
    // kafkajs asks for one topic's offsets at a time (two requests each); a bounded number in flight keeps a
    // measurement over hundreds of topics from queueing hundreds of requests at once on the one connection.
    // The first call on a connection costs most: kafkajs refreshes the metadata of all topics named so far
    // for every topic it has not seen yet, which is why callers keep one admin for their life.
    const ends = await mapBounded(topics, OFFSET_REQUESTS_IN_FLIGHT, async (topic) =>
      (await whileLeadersSettle(() => admin.fetchTopicOffsets(topic))).map(({ partition, high }) => ({
        topic,
        partition,
        high,
      })),
    );
    return ends.flat();
  }

  async committedPositions(groupId: string, topics: readonly string[]): Promise<PartitionPosition[]> {
    if (topics.length === 0) return [];
    const admin = await this.admin();
    const offsets = await admin.fetchOffsets({ groupId, topics: [...topics] });
    // -1: the group has committed nothing for the partition.
    return offsets.flatMap(({ topic, partitions }) =>
      partitions
        .filter(({ offset }) => Number(offset) >= 0)
        .map(({ partition, offset }) => ({ topic, partition, offset })),
    );
  }

  async setGroupPositions(groupId: string, positions: readonly PartitionPosition[]): Promise<void> {
    const admin = await this.admin();
    const byTopic = new Map<string, PartitionPosition[]>();
    for (const position of positions) {
      byTopic.set(position.topic, [...(byTopic.get(position.topic) ?? []), position]);
    }
    for (const [topic, list] of byTopic) {
      await admin.setOffsets({
        groupId,
        topic,
        partitions: list.map(({ partition, offset }) => ({ partition, offset })),
      });
    }
  }

  async deleteGroups(groupIds: readonly string[]): Promise<void> {
    if (groupIds.length === 0) return;
    const admin = await this.admin();
    // A group that does not exist (never committed) is no reason to fail a clean-up.
    await admin.deleteGroups([...groupIds]).catch(() => undefined);
  }

  async close(): Promise<void> {
    const connected = this.connected;
    this.connected = undefined;
    if (connected) await (await connected.catch(() => undefined))?.disconnect();
  }

  /** One connection for all calls until close(); a failed connect is retried by the next call. */
  private admin(): Promise<Admin> {
    if (!this.connected) {
      const admin = this.kafka.admin();
      this.connected = admin.connect().then(
        () => admin,
        (error: unknown) => {
          this.connected = undefined;
          throw error;
        },
      );
    }
    return this.connected;
  }
}

// Enough to keep the broker busy, few enough that a measurement never floods the connection.
const OFFSET_REQUESTS_IN_FLIGHT = 64;

/** `map` over `items` with at most `limit` calls running at once; the results in the items' order. */
async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  map: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  // One iterator shared by the workers: each takes the next item when its previous call is done.
  const queue = items.entries();
  const worker = async (): Promise<void> => {
    for (const [index, item] of queue) results[index] = await map(item);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function toIncoming(topic: string, partition: number, message: KafkaMessage): IncomingMessage {
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key,
    value: message.value,
    headers: headersToStrings(message.headers),
  };
}

function headersToStrings(headers: IHeaders | undefined): MessageHeaders {
  const result: MessageHeaders = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) result[name] = first.toString();
  }
  return result;
}

/**
 * Retries `call` while the broker answers that it does not lead a partition (yet): a topic created a moment
 * ago has a leader in the metadata before that broker serves its offsets, and kafkajs retries this only for
 * produce and fetch requests.
 */
async function whileLeadersSettle<T>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      if (!isLeaderMoving(error) || attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

function isLeaderMoving(error: unknown): boolean {
  return (
    error instanceof Error &&
    'type' in error &&
    (error.type === 'NOT_LEADER_FOR_PARTITION' || error.type === 'LEADER_NOT_AVAILABLE')
  );
}

function isUnknownTopic(error: unknown): boolean {
  return error instanceof Error && 'type' in error && error.type === 'UNKNOWN_TOPIC_OR_PARTITION';
}
