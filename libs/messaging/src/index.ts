export type {
  BatchControls,
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
} from './ports/message-bus.port';
export { KafkajsMessageBus } from './kafka/kafkajs.message-bus';
export type { ContractMap, Decision, DomainEvent, DomainEventOf } from './aggregate/domain-event';
export {
  defineAggregates,
  type Aggregates,
  type AggregatesConfig,
  type AggregateType,
} from './aggregate/aggregates';
export {
  AggregateStore,
  type AggregateStoreSettings,
  type Change,
  type Decide,
  type Stored,
} from './aggregate/aggregate-store';
export { nameBasedId } from './aggregate/name-based-id';
export { HeldStates, type Derive, type Replacing, type ViewOf } from './aggregate/held-states';
export { KeptAggregates } from './aggregate/kept-aggregates';
export { RedisLease, type RedisLeaseOptions } from './lease/redis-lease';
export { commitId, type Commit, type StoredEvent } from './outbox/commit';
export {
  COMMITS_COLLECTION,
  CommitStore,
  pendingEvent,
  type AppendRequest,
  type CommitDecision,
  type PendingEvent,
  type TransactOptions,
} from './outbox/commit-store';
export {
  AlreadyAppliedError,
  ConcurrencyConflictError,
  RedactionPendingError,
} from './outbox/commit-store.errors';
export {
  DEFAULT_RELAY_SETTINGS,
  EVENT_HEADERS,
  OutboxRelay,
  type OutboxRelaySettings,
} from './outbox/outbox-relay';
export { OutboxSignal } from './outbox/outbox-signal';
export { OUTBOX_COLLECTION, ORPHAN_MARKER_GRACE_MS, type OutboxMarker } from './outbox/outbox-marker';
export { publishingOrder } from './outbox/relay-order';
export type { ConsumedEvent } from './consumer/consumed-event';
export { deadLetterMessage, type DeadLetter } from './consumer/dead-letter';
export { decodeEvent, deadLetterTopicOf, type Decoded } from './consumer/decode';
export {
  EventConsumer,
  type EventConsumerSettings,
  type EventHandlerRegistration,
} from './consumer/event-consumer';
export {
  backoffAfter,
  DEFAULT_RETRY_POLICY,
  type RetryPolicy,
  worstCaseBlockingMs,
} from './consumer/retry-policy';
export { HandlesEvent } from './nest/handles-event.decorator';
export {
  consumerMetrics,
  registerOutboxMetrics,
  relayMetrics,
  type ConsumerMetrics,
  type RelayMetrics,
} from './metrics/messaging-metrics';
export { endSendSpans, inConsumerSpan, startSendSpan, TRACE_HEADERS } from './tracing/message-trace';
export { MessagingConfig } from './nest/messaging.config';
export { MESSAGE_BUS, MessagingModule, type MessagingOptions } from './nest/messaging.module';
export { defaultRedisKeyPrefix, messagingRedisKeys, namespacedTopic } from './nest/messaging-names';
