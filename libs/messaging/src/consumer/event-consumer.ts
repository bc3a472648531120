import type { EventContract, EventEnvelope, EventRegistry } from '@okr/contracts';
import { RequestContext } from '@okr/service-kit';
import type { Logger } from 'pino';
import type {
  BatchControls,
  IncomingMessage,
  MessageConsumer,
  MessageProducer,
} from '../ports/message-bus.port';
import type { ConsumerMetrics } from '../metrics/messaging-metrics';
import { AlreadyAppliedError } from '../outbox/commit-store.errors';
import { inConsumerSpan } from '../tracing/message-trace';
import { namespacedTopic } from '../nest/messaging-names';
import type { ConsumedEvent } from './consumed-event';
import { type DeadLetter, deadLetterMessage } from './dead-letter';
import { decodeEvent } from './decode';
import { backoffAfter, type RetryPolicy } from './retry-policy';

/** A handler for one (type, version); several may handle the same event. */
export interface EventHandlerRegistration<TData extends object = object> {
  contract: EventContract<TData>;
  /** For logs and dead-letter details, e.g. 'SchoolProjection.onSchoolRegistered'. */
  name: string;
  handle(event: ConsumedEvent<TData>): Promise<void>;
}

export interface EventConsumerSettings {
  consumerGroup: string;
  retry: RetryPolicy;
  partitionsConsumedConcurrently: number;
  /** Heartbeats are sent at least this often while a handler or a backoff runs. */
  heartbeatIntervalMs: number;
  sessionTimeoutMs?: number;
  /** Put before every contract's topic: the namespace the service reads in (KAFKA_TOPIC_PREFIX); none by default. */
  topicPrefix?: string;
}

type Outcome =
  | { kind: 'done' }
  | { kind: 'dead-letter'; letter: DeadLetter }
  /** The partition was taken away mid-retry: leave the message uncommitted for its new owner. */
  | { kind: 'abandoned' };

const DONE: Outcome = { kind: 'done' };

/**
 * Consumes the topics its handlers need: every message is validated (envelope, then data against its
 * contract) before a handler sees it; invalid or unknown messages and handlers that keep failing are
 * dead-lettered, and consumption goes on. Order holds per partition, and so per subject.
 */
export class EventConsumer {
  private readonly handlers = new Map<string, EventHandlerRegistration[]>();

  constructor(
    private readonly consumer: MessageConsumer,
    private readonly deadLetters: MessageProducer,
    private readonly registry: EventRegistry,
    registrations: readonly EventHandlerRegistration[],
    private readonly settings: EventConsumerSettings,
    private readonly logger: Logger,
    /** Lag per partition and dead letters by reason; none in tests that need no metrics. */
    private readonly metrics?: ConsumerMetrics,
  ) {
    for (const registration of registrations) {
      const key = keyOf(registration.contract.type, registration.contract.version);
      this.handlers.set(key, [...(this.handlers.get(key) ?? []), registration]);
    }
  }

  /** The topics this consumer reads: those of the contracts it has handlers for, in its namespace. */
  topics(): string[] {
    return [
      ...new Set(
        [...this.handlers.values()]
          .flat()
          .map((registration) =>
            namespacedTopic(this.settings.topicPrefix ?? '', registration.contract.topic),
          ),
      ),
    ];
  }

  async start(): Promise<void> {
    if (this.handlers.size === 0) return;
    await this.deadLetters.connect();
    await this.consumer.start(
      {
        groupId: this.settings.consumerGroup,
        topics: this.topics(),
        partitionsConsumedConcurrently: this.settings.partitionsConsumedConcurrently,
        fromBeginning: true,
        heartbeatIntervalMs: this.settings.heartbeatIntervalMs,
        ...(this.settings.sessionTimeoutMs ? { sessionTimeoutMs: this.settings.sessionTimeoutMs } : {}),
      },
      (messages, controls) => this.consumeBatch(messages, controls),
    );
  }

  async stop(): Promise<void> {
    if (this.handlers.size === 0) return;
    await this.consumer.stop();
    await this.deadLetters.disconnect();
  }

  private async consumeBatch(messages: readonly IncomingMessage[], controls: BatchControls): Promise<void> {
    for (const message of messages) {
      // After a rebalance another member owns the partition; it continues from the last committed offset.
      if (!controls.stillOwned()) return;
      const outcome = await this.whileHeartbeating(controls, () => this.consume(message, controls));
      if (outcome.kind === 'abandoned') return;
      if (outcome.kind === 'dead-letter') {
        await this.deadLetters.send([
          deadLetterMessage(message, this.settings.consumerGroup, outcome.letter),
        ]);
        this.metrics?.deadLettered(message.topic, outcome.letter.reason);
        this.logger.warn(
          { topic: message.topic, partition: message.partition, offset: message.offset, ...outcome.letter },
          'message dead-lettered',
        );
      }
      controls.markDone(message);
      if (controls.highWatermark !== undefined) {
        const behind = Number(controls.highWatermark) - Number(message.offset) - 1;
        this.metrics?.lag(message.topic, message.partition, Math.max(0, behind));
      }
      await controls.heartbeat();
    }
  }

  private async consume(message: IncomingMessage, controls: BatchControls): Promise<Outcome> {
    // A known event this service has no handler for is skipped unread (topics carry many types): not an error.
    const decoded = decodeEvent(message.value, this.registry, (contract) =>
      this.handlers.has(keyOf(contract.type, contract.version)),
    );
    if (decoded.kind === 'skipped') return DONE;
    if (decoded.kind !== 'event') return { kind: 'dead-letter', letter: decoded.letter };
    const { envelope } = decoded;
    // The handling continues the trace of the request (or event) that made the commit the event came from.
    return inConsumerSpan(
      message.headers,
      `process ${envelope.type}`,
      {
        'messaging.destination.name': message.topic,
        'messaging.destination.partition.id': String(message.partition),
        'messaging.kafka.offset': Number(message.offset),
        'messaging.consumer.group.name': this.settings.consumerGroup,
        'messaging.message.id': envelope.eventId,
      },
      async (span) => {
        for (const handler of this.handlers.get(keyOf(envelope.type, envelope.version)) ?? []) {
          const outcome = await this.handleWithRetries(handler, message, envelope, controls);
          if (outcome.kind === 'dead-letter')
            span.setAttribute('okr.dead_letter.reason', outcome.letter.reason);
          if (outcome.kind !== 'done') return outcome;
        }
        return DONE;
      },
    );
  }

  private async handleWithRetries(
    handler: EventHandlerRegistration,
    message: IncomingMessage,
    envelope: EventEnvelope<object>,
    controls: BatchControls,
  ): Promise<Outcome> {
    const { retry, consumerGroup } = this.settings;
    for (let attempt = 1; ; attempt += 1) {
      const event: ConsumedEvent<object> = {
        data: envelope.data,
        envelope,
        topic: message.topic,
        partition: message.partition,
        offset: message.offset,
        consumerGroup,
        attempt,
        idempotencyKey: (stream) => `${consumerGroup}:${envelope.eventId}:${stream}`,
      };
      try {
        // Events the handler causes carry this event's correlation id, and its id as their causation id.
        await RequestContext.run(
          { correlationId: envelope.correlationId, causationId: envelope.eventId },
          () => handler.handle(event),
        );
        return DONE;
      } catch (error) {
        if (error instanceof AlreadyAppliedError) return DONE;
        const reason = error instanceof Error ? error.message : String(error);
        if (!controls.stillOwned()) return { kind: 'abandoned' };
        if (attempt >= retry.maxAttempts) {
          return letter('HANDLER_FAILED', `${handler.name} failed ${attempt} time(s): ${reason}`, attempt);
        }
        const waitMs = backoffAfter(attempt, retry);
        this.logger.warn(
          { handler: handler.name, eventId: envelope.eventId, attempt, waitMs, reason },
          'handler failed; retrying',
        );
        await new Promise((resolve) => setTimeout(resolve, waitMs));
      }
    }
  }

  /** Keeps the group membership alive while `work` runs longer than a session timeout would allow. */
  private async whileHeartbeating<T>(controls: BatchControls, work: () => Promise<T>): Promise<T> {
    const timer = setInterval(() => {
      controls.heartbeat().catch(() => undefined);
    }, this.settings.heartbeatIntervalMs);
    try {
      return await work();
    } finally {
      clearInterval(timer);
    }
  }
}

function keyOf(type: string, version: number): string {
  return `${type}@${version}`;
}

function letter(reason: DeadLetter['reason'], detail: string, attempts: number): Outcome {
  return { kind: 'dead-letter', letter: { reason, detail, attempts } };
}
