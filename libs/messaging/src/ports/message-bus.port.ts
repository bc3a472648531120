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
  /** The offset the partition's next message will get, as of this batch's fetch (for lag); unknown if absent. */
  highWatermark?: string;
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
  /**
   * Who commits the group's offsets: `after-batch` (the default) commits what markDone resolved after each
   * batch; `caller` commits nothing by itself, so a consumer that keeps its own checkpoint (state and
   * positions written together) commits through `commit` once the checkpoint is durable.
   */
  commits?: 'after-batch' | 'caller';
}

/** The next offset to read in a partition (the last processed offset + 1), as Kafka counts it. */
export interface PartitionPosition {
  topic: string;
  partition: number;
  offset: string;
}

export interface MessageConsumer {
  start(settings: ConsumerSettings, onBatch: BatchHandler): Promise<void>;
  /** Commits positions for the group; only for consumers started with `commits: 'caller'`. */
  commit(positions: readonly PartitionPosition[]): Promise<void>;
  stop(): Promise<void>;
}

/** A partition's log end: the offset the next message written to it will get. */
export interface PartitionEnd {
  topic: string;
  partition: number;
  high: string;
}

export interface TopicSpec {
  name: string;
  partitions: number;
}

export interface TopicAdmin {
  /** Creates the topics that do not exist yet; existing ones are left as they are. */
  ensureTopics(topics: readonly TopicSpec[]): Promise<void>;
  /** The names of every topic on the broker. */
  listTopics(): Promise<string[]>;
  /** The log end of every partition of `topics`: how far a consumer has to read to have seen everything. */
  partitionEnds(topics: readonly string[]): Promise<PartitionEnd[]>;
  /**
   * The positions a consumer group has committed, for every partition of `topics` that has one (a partition the
   * group never committed is left out), so a caller can set back only those it must.
   */
  committedPositions(groupId: string, topics: readonly string[]): Promise<PartitionPosition[]>;
  /**
   * Sets a consumer group's committed positions, e.g. to a checkpoint's, before the group's one member joins;
   * fails while the group has active members.
   */
  setGroupPositions(groupId: string, positions: readonly PartitionPosition[]): Promise<void>;
  /** Deletes consumer groups that are no longer used (e.g. of a retired read-model version); unknown ones are fine. */
  deleteGroups(groupIds: readonly string[]): Promise<void>;
  /** Closes the admin's connection, if one is open. */
  close(): Promise<void>;
}

/** Makes producers, consumers and topic admins for one broker connection. */
export interface MessageBus {
  producer(): MessageProducer;
  consumer(): MessageConsumer;
  admin(): TopicAdmin;
}
