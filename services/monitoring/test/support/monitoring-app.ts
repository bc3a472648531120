// Boots the real monitoring service in-process against the real infrastructure, reading topics of its own.
import type { INestApplication } from '@nestjs/common';
import { createEnvelope, type EventContract } from '@okr/contracts';
import { KafkajsMessageBus, type MessageProducer } from '@okr/messaging';
import {
  createTestTopics,
  deleteTestTopics,
  testDatabase,
  testKafka,
  testRedisPrefix,
  testTopicPrefix,
} from '@okr/messaging/testing';
import { createServiceApp, type CreateServiceAppOptions, type Role } from '@okr/service-kit';
import { callerFor, type Caller, testEnv, uniqueName } from '@okr/service-kit/testing';
import request from 'supertest';
import type { App } from 'supertest/types';
import { monitoringService } from '../../src/monitoring.definition';

/** The broker of the tests, behind the messaging library's ports. */
export const testBus = new KafkajsMessageBus(testKafka('monitoring-tests'));

/**
 * Topics of a test's own, all matching one pattern: `test.<hex>.<name>.v1`. In the test namespace, so the
 * default MONITORING_TOPIC_PATTERN (`okr.<context>.v<n>`) of a monitoring started on the same broker never
 * reads them.
 */
export interface TestTopics {
  /** What every topic of the test (and its dead-letter twin) starts with. */
  prefix: string;
  pattern: string;
  topic(name?: string): string;
}

/** Names a test's topics without creating any (see addTopics). */
export function testTopics(): TestTopics {
  const prefix = testTopicPrefix();
  return {
    prefix,
    pattern: `^${prefix.replace(/[.]/g, '\\.')}[a-z]+\\.v1$`,
    topic: (name = 'main') => `${prefix}${name}.v1`,
  };
}

/** Creates the named topics of `topics` (3 partitions each). */
export async function addTopics(topics: TestTopics, names: readonly string[]): Promise<void> {
  await createTestTopics(
    names.map((name) => topics.topic(name)),
    3,
  );
}

export async function createTopics(names: readonly string[] = ['main']): Promise<TestTopics> {
  const topics = testTopics();
  await addTopics(topics, names);
  return topics;
}

/** Deletes every topic of `topics`, with the dead-letter twins monitoring made for them. */
export async function removeTopics(topics: TestTopics): Promise<void> {
  await deleteTestTopics(topics.prefix);
}

export interface MonitoringApp {
  app: INestApplication;
  env: NodeJS.ProcessEnv;
  /** supertest against the app, authenticated with the given roles. */
  as(roles: Role | Role[]): Promise<Caller>;
  /** GET as a monitoring consumer, expecting 200; answers the body. */
  read<T = Record<string, unknown>>(path: string): Promise<T>;
  /** supertest without a token. */
  anonymous(): request.Agent;
  close(): Promise<void>;
}

/** The settings of a test run: its own topics, database, Redis prefix, and short intervals. */
export function monitoringEnv(topics: TestTopics, overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return testEnv({
    MONGODB_DATABASE: testDatabase('monitoring'),
    MONITORING_TOPIC_PATTERN: topics.pattern,
    MONITORING_REDIS_PREFIX: testRedisPrefix('monitoring'),
    MONITORING_TOPIC_SCAN_MS: '1000',
    MONITORING_VIEW_FLUSH_MS: '50',
    MONITORING_CHECKPOINT_INTERVAL_MS: '300',
    MONITORING_LAG_INTERVAL_MS: '200',
    MONITORING_LEASE_MS: '3000',
    ...overrides,
  });
}

export async function startMonitoring(
  env: NodeJS.ProcessEnv,
  options: Pick<CreateServiceAppOptions, 'clock'> = {},
): Promise<MonitoringApp> {
  const { app } = await createServiceApp(monitoringService, { env, ...options });
  const server = app.getHttpServer() as App;
  const as: MonitoringApp['as'] = (roles) => callerFor(app, roles, uniqueName('reader'));
  return {
    app,
    env,
    as,
    read: async <T>(path: string): Promise<T> => {
      const response = await (await as('monitoring')).get(path);
      if (response.status !== 200)
        throw new Error(`GET ${path}: ${response.status} ${JSON.stringify(response.body)}`);
      return response.body as T;
    },
    anonymous: () => request.agent(server),
    close: () => app.close(),
  };
}

/** Puts events on a topic the way the outbox relay does: keyed by subject, the envelope as JSON. */
export class EventWriter {
  private producer: Promise<MessageProducer> | undefined;

  async send(
    topic: string,
    events: ReadonlyArray<{
      contract: EventContract<object>;
      data: object;
      subject: string;
      occurredAt?: Date;
    }>,
  ): Promise<string[]> {
    const envelopes = events.map(({ contract, data, subject, occurredAt }) =>
      createEnvelope(contract, {
        data,
        subject,
        source: 'monitoring-tests',
        correlationId: uniqueName('correlation'),
        ...(occurredAt ? { occurredAt } : {}),
      }),
    );
    await this.sendRaw(
      topic,
      envelopes.map((envelope) => ({ key: envelope.subject, value: JSON.stringify(envelope) })),
    );
    return envelopes.map((envelope) => envelope.eventId);
  }

  /** Sends messages exactly as given: duplicates, invalid ones, unknown types. */
  async sendRaw(topic: string, messages: ReadonlyArray<{ key: string; value: string }>): Promise<void> {
    const producer = await this.connected();
    await producer.send(messages.map(({ key, value }) => ({ topic, key, value, headers: {} })));
  }

  async close(): Promise<void> {
    const producer = this.producer;
    this.producer = undefined;
    await (await producer)?.disconnect();
  }

  private connected(): Promise<MessageProducer> {
    this.producer ??= (async () => {
      const producer = testBus.producer();
      await producer.connect();
      return producer;
    })();
    return this.producer;
  }
}
