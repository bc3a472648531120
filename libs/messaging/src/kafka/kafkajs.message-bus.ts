import { type Consumer, type IHeaders, type Kafka, type KafkaMessage, type Producer } from 'kafkajs';
import type {
  BatchHandler,
  ConsumerSettings,
  IncomingMessage,
  MessageBus,
  MessageConsumer,
  MessageHeaders,
  MessageProducer,
  OutgoingMessage,
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
    await this.producer.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, list]) => ({
        topic,
        messages: list.map(({ key, value, headers }) => ({ key, value, headers })),
      })),
    });
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
    await consumer.run({
      partitionsConsumedConcurrently: settings.partitionsConsumedConcurrently,
      // Offsets are resolved one by one as effects become durable, and committed after the batch.
      eachBatchAutoResolve: false,
      autoCommit: true,
      eachBatch: async (payload) => {
        const { batch } = payload;
        const messages = batch.messages.map((message) => toIncoming(batch.topic, batch.partition, message));
        await onBatch(messages, {
          heartbeat: () => payload.heartbeat(),
          stillOwned: () => payload.isRunning() && !payload.isStale(),
          markDone: (message) => payload.resolveOffset(message.offset),
        });
        await payload.commitOffsetsIfNecessary();
      },
    });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    this.consumer = undefined;
  }
}

class KafkajsTopicAdmin implements TopicAdmin {
  constructor(private readonly kafka: Kafka) {}

  async ensureTopics(topics: readonly TopicSpec[]): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      const existing = new Set(await admin.listTopics());
      const missing = topics.filter((topic) => !existing.has(topic.name));
      if (missing.length > 0) {
        // createTopics answers false (not an error) for topics another process created meanwhile.
        await admin.createTopics({
          waitForLeaders: true,
          topics: missing.map((topic) => ({ topic: topic.name, numPartitions: topic.partitions })),
        });
      }
    } finally {
      await admin.disconnect();
    }
  }
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
