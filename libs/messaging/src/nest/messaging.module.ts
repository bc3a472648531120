import {
  type DynamicModule,
  Inject,
  Injectable,
  Module,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { getConnectionToken } from '@nestjs/mongoose';
import { catalogue, deadLetterTopicOf, type EventContract, type EventRegistry } from '@okr/contracts';
import {
  KafkaConnection,
  LOGGER,
  Metrics,
  ReadinessCheck,
  RedisConnection,
  SERVICE_CONFIG,
  SERVICE_NAME,
  type ServiceReadiness,
} from '@okr/service-kit';
import type Redis from 'ioredis';
import type { Connection } from 'mongoose';
import type { Logger } from 'pino';
import type { Aggregates } from '../aggregate/aggregates';
import { AggregateStore } from '../aggregate/aggregate-store';
import { KeptAggregates } from '../aggregate/kept-aggregates';
import { type EventHandlerRegistration, EventConsumer } from '../consumer/event-consumer';
import type { ConsumedEvent } from '../consumer/consumed-event';
import { KafkajsMessageBus } from '../kafka/kafkajs.message-bus';
import { consumerMetrics, registerOutboxMetrics, relayMetrics } from '../metrics/messaging-metrics';
import type { MessageBus } from '../ports/message-bus.port';
import { CommitStore } from '../outbox/commit-store';
import { OutboxRelay } from '../outbox/outbox-relay';
import { OutboxSignal } from '../outbox/outbox-signal';
import { HANDLES_EVENT } from './handles-event.decorator';
import type { MessagingConfig } from './messaging.config';
import { defaultRedisKeyPrefix, messagingRedisKeys, namespacedTopic } from './messaging-names';

export interface MessagingOptions {
  /** Topics this service publishes to; created at start-up with their .dlq twins. */
  publishes: readonly string[];
  /** The event catalogue; the platform's own by default. */
  registry?: EventRegistry;
  /** Consumer group of the service's handlers; `okr.<service>` by default. */
  consumerGroup?: string;
  /** The service's aggregates (`defineAggregates`): given, the module provides an AggregateStore over them. */
  aggregates?: Aggregates;
}

const MESSAGING_OPTIONS = Symbol('okr:messaging-options');
// The AggregateStore when the service configured aggregates, else undefined (a service that only consumes).
const AGGREGATE_STORE_OR_NONE = Symbol('okr:aggregate-store-or-none');
// The kept aggregates (docs/adr/0013) when any configured type is kept, else undefined.
const KEPT_AGGREGATES_OR_NONE = Symbol('okr:kept-aggregates-or-none');
export const MESSAGE_BUS = Symbol('okr:message-bus');

/** `/health/ready` waits until the kept aggregates are read (docs/adr/0013): lists wait for them until then. */
@Injectable()
@ReadinessCheck('kept-aggregates')
class KeptAggregatesReadiness implements ServiceReadiness {
  constructor(@Inject(KEPT_AGGREGATES_OR_NONE) private readonly kept: KeptAggregates | undefined) {}

  async check(): Promise<void> {
    await this.kept?.check();
  }
}

/** Starts and stops the service's relay and consumer with the application. */
@Injectable()
class MessagingLifecycle implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private relay: OutboxRelay | undefined;
  private consumer: EventConsumer | undefined;
  private subscriber: Redis | undefined;

  constructor(
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
    @Inject(SERVICE_CONFIG) private readonly config: MessagingConfig,
    @Inject(SERVICE_NAME) private readonly service: string,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
    private readonly store: CommitStore,
    @Inject(AGGREGATE_STORE_OR_NONE) private readonly aggregateStore: AggregateStore | undefined,
    @Inject(KEPT_AGGREGATES_OR_NONE) private readonly kept: KeptAggregates | undefined,
    private readonly signal: OutboxSignal,
    private readonly redis: RedisConnection,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly metrics: Metrics,
  ) {}

  async onModuleInit(): Promise<void> {
    registerOutboxMetrics(this.metrics, this.store.commits);
    await this.store.ensureIndexes();
    await this.aggregateStore?.ensureIndexes();
  }

  async onApplicationBootstrap(): Promise<void> {
    const registry = this.options.registry ?? catalogue;
    const consumerGroup = this.options.consumerGroup ?? `okr.${this.service}`;
    const consumer = new EventConsumer(
      this.bus.consumer(),
      this.bus.producer(),
      registry,
      this.discoverHandlers(),
      {
        consumerGroup,
        retry: {
          maxAttempts: this.config.CONSUMER_MAX_ATTEMPTS,
          initialBackoffMs: this.config.CONSUMER_BACKOFF_INITIAL_MS,
          maxBackoffMs: this.config.CONSUMER_BACKOFF_MAX_MS,
        },
        partitionsConsumedConcurrently: this.config.CONSUMER_PARTITIONS_CONCURRENTLY,
        heartbeatIntervalMs: 3_000,
        topicPrefix: this.config.KAFKA_TOPIC_PREFIX,
      },
      this.logger,
      consumerMetrics(this.metrics, consumerGroup),
    );
    const published = this.options.publishes.map((topic) =>
      namespacedTopic(this.config.KAFKA_TOPIC_PREFIX, topic),
    );
    const topics = [...new Set([...published, ...consumer.topics()])];
    const admin = this.bus.admin();
    try {
      await admin.ensureTopics(
        topics
          .flatMap((topic) => [topic, deadLetterTopicOf(topic)])
          .map((name) => ({
            name,
            partitions: this.config.KAFKA_TOPIC_PARTITIONS,
          })),
      );
    } finally {
      await admin.close();
    }
    this.subscriber = this.redis.client.duplicate();
    this.subscriber.on('error', () => undefined);
    // Commits of other replicas: what this one remembers of their streams is no longer the latest.
    // While disconnected, announcements were missed: nothing remembered can be trusted to be the latest.
    this.subscriber.on('ready', () => {
      this.store.forgetAll();
      this.kept?.reconnected();
    });
    this.subscriber.on('message', (_channel: string, message: string) => {
      const id = this.signal.fromElsewhere(message);
      if (!id) return;
      this.store.forgetOlderThan(id);
      this.kept?.announced(id);
    });
    this.relay = new OutboxRelay(
      this.store.commits,
      this.bus.producer(),
      this.redis.client,
      this.subscriber,
      this.signal,
      {
        leaseKey: messagingRedisKeys(redisKeyPrefix(this.config, this.service)).relayLease,
        topicPrefix: this.config.KAFKA_TOPIC_PREFIX,
        batchSize: this.config.RELAY_BATCH_SIZE,
        idlePollMs: this.config.RELAY_IDLE_POLL_MS,
        leaseMs: this.config.RELAY_LEASE_MS,
      },
      this.logger,
      relayMetrics(this.metrics),
    );
    await this.relay.start();
    // Read once the relay has subscribed to other processes' announcements, so none falls between; not
    // awaited: the service answers meanwhile, unready, and its lists wait for the read.
    this.kept?.start().catch(() => undefined);
    this.consumer = consumer;
    await consumer.start();
  }

  /** Consumers stop first (their effects may publish), then the relay; connections close after both. */
  async onModuleDestroy(): Promise<void> {
    await this.consumer?.stop();
    await this.relay?.stop();
    this.kept?.stop();
    this.subscriber?.disconnect();
  }

  private discoverHandlers(): EventHandlerRegistration[] {
    const registrations: EventHandlerRegistration[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.metatype) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const handler = instance[method];
        if (typeof handler !== 'function') continue;
        const contract = this.reflector.get<EventContract | undefined>(
          HANDLES_EVENT,
          handler as () => unknown,
        );
        if (!contract) continue;
        registrations.push({
          contract,
          name: `${wrapper.metatype.name}.${method}`,
          handle: (event: ConsumedEvent<object>) =>
            (handler as (event: ConsumedEvent<object>) => Promise<void>).call(instance, event),
        });
      }
    }
    return registrations;
  }
}

function redisKeyPrefix(config: MessagingConfig, service: string): string {
  return config.REDIS_KEY_PREFIX ?? defaultRedisKeyPrefix(service);
}

/**
 * Gives a service its outbox (CommitStore), relay and event consumers, and with `aggregates` its
 * AggregateStore; needs ServiceKitModule.
 */
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingOptions): DynamicModule {
    return {
      module: MessagingModule,
      imports: [DiscoveryModule],
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        {
          provide: MESSAGE_BUS,
          inject: [KafkaConnection],
          useFactory: (kafka: KafkaConnection) => new KafkajsMessageBus(kafka.kafka),
        },
        {
          provide: OutboxSignal,
          inject: [RedisConnection, SERVICE_NAME, SERVICE_CONFIG],
          useFactory: (redis: RedisConnection, service: string, config: MessagingConfig) =>
            new OutboxSignal(redis.client, messagingRedisKeys(redisKeyPrefix(config, service)).outboxChannel),
        },
        {
          provide: CommitStore,
          inject: [getConnectionToken(), SERVICE_NAME, OutboxSignal],
          useFactory: (connection: Connection, service: string, signal: OutboxSignal) =>
            new CommitStore(connection, service, signal),
        },
        {
          provide: KEPT_AGGREGATES_OR_NONE,
          inject: [CommitStore, OutboxSignal, LOGGER],
          useFactory: (commits: CommitStore, signal: OutboxSignal, logger: Logger) => {
            if (!options.aggregates) return undefined;
            const kept = new KeptAggregates(commits.commits, options.aggregates, signal, logger);
            return kept.keepsAny ? kept : undefined;
          },
        },
        {
          provide: AGGREGATE_STORE_OR_NONE,
          inject: [CommitStore, SERVICE_CONFIG, KEPT_AGGREGATES_OR_NONE],
          useFactory: (commits: CommitStore, config: MessagingConfig, kept: KeptAggregates | undefined) =>
            options.aggregates
              ? new AggregateStore(
                  commits,
                  options.aggregates,
                  { referenceMaxAgeMs: config.REFERENCE_DATA_MAX_AGE_MS },
                  kept,
                )
              : undefined,
        },
        KeptAggregatesReadiness,
        ...(options.aggregates ? [{ provide: AggregateStore, useExisting: AGGREGATE_STORE_OR_NONE }] : []),
        MessagingLifecycle,
      ],
      exports: [CommitStore, MESSAGE_BUS, ...(options.aggregates ? [AggregateStore] : [])],
    };
  }
}
