// The library's own view of a message broker. Only kafka/ knows kafkajs, so moving to another client
// (e.g. @confluentinc/kafka-javascript) replaces that folder and nothing else (docs/adr/0004).

export type MessageHeaders = Record<string, string>;

export interface OutgoingMessage {
  topic: string;
  /** Bytes as received (a dead letter) or text (an event's subject); null for none. */
  key: Buffer | string | null;
  value: Buffer | string | null;
  headers: MessageHeaders;
}

export interface IncomingMessage {
  topic: string;
  partition: number;
  offset: string;
  /** The raw bytes: a dead letter must carry exactly what arrived, valid UTF-8 or not. */
  key: Buffer | null;
  value: Buffer | null;
  headers: MessageHeaders;
}

/** Publishes messages durably: resolves only when every message is acknowledged by all in-sync replicas. */
export interface MessageProducer {
  connect(): Promise<void>;
  /** Messages with the same topic and key keep their order. */
  send(messages: readonly OutgoingMessage[]): Promise<void>;
  disconnect(): Promise<void>;
}

/** What a batch handler may do while it works through one partition's batch. */
export interface BatchControls {
  /** Tells the group coordinator the consumer is alive; call during long work. */
  heartbeat(): Promise<void>;
  /** False once the consumer is stopping or the partition was taken away by a rebalance. */
  stillOwned(): boolean;
  /** Marks a message done; its offset is committed after the batch, never before its effects are durable. */
  markDone(message: IncomingMessage): void;
}

export type BatchHandler = (messages: readonly IncomingMessage[], controls: BatchControls) => Promise<void>;

export interface ConsumerSettings {
  groupId: string;
  topics: readonly string[];
  /** How many partitions are worked on at once; order holds within each partition. */
  partitionsConsumedConcurrently: number;
  fromBeginning: boolean;
  /** How long the group waits for a silent member before rebalancing; kafkajs's default is 30 s. */
  sessionTimeoutMs?: number;
  /** How often heartbeats go out while the consumer works; kafkajs's default is 3 s. */
  heartbeatIntervalMs?: number;
}

export interface MessageConsumer {
  start(settings: ConsumerSettings, onBatch: BatchHandler): Promise<void>;
  stop(): Promise<void>;
}

export interface TopicSpec {
  name: string;
  partitions: number;
}

export interface TopicAdmin {
  /** Creates the topics that do not exist yet; existing ones are left as they are. */
  ensureTopics(topics: readonly TopicSpec[]): Promise<void>;
}

/** Makes producers, consumers and topic admins for one broker connection. */
export interface MessageBus {
  producer(): MessageProducer;
  consumer(): MessageConsumer;
  admin(): TopicAdmin;
}
