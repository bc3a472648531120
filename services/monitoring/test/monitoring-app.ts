// Boots the real monitoring service in-process against the real infrastructure, reading topics of its own.
import type { INestApplication } from '@nestjs/common';
import { createEnvelope, type EventContract } from '@okr/contracts';
import { createServiceApp, type Role } from '@okr/service-kit';
import { testEnv, tokenFor, uniqueName } from '@okr/service-kit/testing';
import { Kafka, logLevel, type Producer } from 'kafkajs';
import request from 'supertest';
import type { App } from 'supertest/types';
import { monitoringService } from '../src/monitoring.definition';

const kafka = new Kafka({
  clientId: 'monitoring-tests',
  brokers: (process.env['KAFKA_BROKERS'] || '127.0.0.1:9092').split(','),
  logLevel: logLevel.NOTHING,
});

/**
 * Topics of a test's own, all matching one pattern: `test.<prefix>-<hex>-<name>.v1`. In the test namespace, so
 * the default MONITORING_TOPIC_PATTERN (`okr.<context>.v<n>`) of a monitoring started on the same broker
 * never reads them.
 */
export interface TestTopics {
  pattern: string;
  topic(name?: string): string;
}

/** Names a test's topics without creating any (see createTopics). */
export function testTopics(): TestTopics {
  const prefix = uniqueName('mt');
  return {
    pattern: `^test\\.${prefix}-[a-z]+\\.v1$`,
    topic: (name = 'main') => `test.${prefix}-${name}.v1`,
  };
}

/** Creates the named topics of `topics` (3 partitions each). */
export async function addTopics(topics: TestTopics, names: readonly string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: names.map((name) => ({ topic: topics.topic(name), numPartitions: 3 })),
    });
  } finally {
    await admin.disconnect();
  }
}

export async function createTopics(names: readonly string[] = ['main']): Promise<TestTopics> {
  const topics = testTopics();
  await addTopics(topics, names);
  return topics;
}

export interface MonitoringApp {
  app: INestApplication;
  env: NodeJS.ProcessEnv;
  as(
    roles: Role | Role[],
  ): Promise<{ get: (path: string) => request.Test; post: (path: string) => request.Test }>;
  /** GET as a monitoring consumer, expecting 200; answers the body. */
  read<T = Record<string, unknown>>(path: string): Promise<T>;
  /** supertest without a token. */
  anonymous(): request.Agent;
  close(): Promise<void>;
}

/** The settings of a test run: its own topics, database, Redis prefix, and short intervals. */
export function monitoringEnv(topics: TestTopics, overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return testEnv({
    MONITORING_TOPIC_PATTERN: topics.pattern,
    MONITORING_REDIS_PREFIX: `test:${uniqueName('mon')}`,
    MONITORING_TOPIC_SCAN_MS: '1000',
    MONITORING_VIEW_FLUSH_MS: '50',
    MONITORING_CHECKPOINT_INTERVAL_MS: '300',
    MONITORING_LAG_INTERVAL_MS: '200',
    MONITORING_LEASE_MS: '3000',
    ...overrides,
  });
}

export async function startMonitoring(env: NodeJS.ProcessEnv): Promise<MonitoringApp> {
  const { app } = await createServiceApp(monitoringService, { env });
  const server = app.getHttpServer() as App;
  const as: MonitoringApp['as'] = async (roles) => {
    const token = await tokenFor(Array.isArray(roles) ? roles : [roles], uniqueName('reader'));
    return {
      get: (path) => request(server).get(path).set('authorization', token),
      post: (path) => request(server).post(path).set('authorization', token),
    };
  };
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
  private producer: Producer | undefined;

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
    if (!this.producer) {
      this.producer = kafka.producer({ allowAutoTopicCreation: false });
      await this.producer.connect();
    }
    await this.producer.send({ topic, acks: -1, messages: [...messages] });
  }

  async close(): Promise<void> {
    await this.producer?.disconnect();
  }
}

/** A reader of a dead-letter topic from its start. */
export async function readTopic(
  topic: string,
  count: number,
  timeoutMs = 20_000,
): Promise<Array<{ value: string; headers: Record<string, string> }>> {
  const consumer = kafka.consumer({ groupId: uniqueName('dlq-reader') });
  const seen: Array<{ value: string; headers: Record<string, string> }> = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`read ${seen.length} of ${count} messages of ${topic}`)),
        timeoutMs,
      );
      void consumer.run({
        eachMessage: ({ message }) => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(message.headers ?? {})) headers[name] = String(value);
          seen.push({ value: message.value?.toString() ?? '', headers });
          if (seen.length >= count) {
            clearTimeout(timer);
            resolve();
          }
          return Promise.resolve();
        },
      });
    });
  } finally {
    await consumer.disconnect();
  }
  return seen;
}

/** Retries `check` until it passes or the time is up; the last failure is the test's failure. */
export async function eventually<T>(
  check: () => T | Promise<T>,
  timeoutMs = 30_000,
  intervalMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
