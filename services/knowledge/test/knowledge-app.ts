// Boots the real knowledge service in-process against the real infrastructure, for component tests.
import type { INestApplication } from '@nestjs/common';
import { CommitStore, namespacedTopic } from '@okr/messaging';
import { deleteTestTopics, messagingTestEnv } from '@okr/messaging/testing';
import { type CreateServiceAppOptions, createServiceApp, type Role } from '@okr/service-kit';
import { callerFor, type Caller, uniqueName } from '@okr/service-kit/testing';
import request from 'supertest';
import type { App } from 'supertest/types';
import { knowledgeService } from '../src/knowledge.definition';

export type { Caller } from '@okr/service-kit/testing';

export interface KnowledgeApp {
  app: INestApplication;
  /** supertest against the app, authenticated with the given roles. */
  as: (roles: Role | Role[], subject?: string) => Promise<Caller>;
  /** supertest without a token. */
  anonymous: () => request.Agent;
  /** The types of the events the latest commit of a stream put in the outbox. */
  eventsOf: (stream: string) => Promise<Array<{ type: string; data: unknown }>>;
  /** The Kafka topic the service publishes a contract's topic on: in the test's own namespace. */
  topic: (contractTopic: string) => string;
  /** The KAFKA_TOPIC_PREFIX the service runs with, so another app can join its topics. */
  topicPrefix: string;
  /** The environment it runs with: another replica of the same deployment starts with it too. */
  env: NodeJS.ProcessEnv;
  close: () => Promise<void>;
}

/**
 * Starts the service with its own database, topics and Redis keys in the test namespace and a service name of
 * its own (its own consumer group). `env` may set KAFKA_TOPIC_PREFIX to share the topics of another app.
 */
export async function startKnowledge(
  env: NodeJS.ProcessEnv = {},
  options: Pick<CreateServiceAppOptions, 'clock' | 'logDestination'> = {},
): Promise<KnowledgeApp> {
  const name = uniqueName('knowledge');
  const serviceEnv = messagingTestEnv('knowledge', {
    IDEMPOTENCY_KEY_PREFIX: `test:${name}:idempotency`,
    ...env,
  });
  const topicPrefix = serviceEnv['KAFKA_TOPIC_PREFIX'] ?? '';
  const ownsTopics = env['KAFKA_TOPIC_PREFIX'] === undefined;
  const { app } = await createServiceApp({ ...knowledgeService, name }, { env: serviceEnv, ...options });
  return {
    app,
    as: (roles, subject = uniqueName('editor')) => callerFor(app, roles, subject),
    anonymous: () => request.agent(app.getHttpServer() as App),
    eventsOf: async (stream) => {
      const commit = await app.get(CommitStore).latest(stream);
      return (commit?.events ?? []).map((event) => ({
        type: event.envelope.type,
        data: event.envelope.data,
      }));
    },
    topic: (contractTopic) => namespacedTopic(topicPrefix, contractTopic),
    topicPrefix,
    env: serviceEnv,
    close: async () => {
      await app.close();
      if (ownsTopics) await deleteTestTopics(topicPrefix);
    },
  };
}

/** A product as editors write it, with any field overridden. */
export function productBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    productType: 'theme-page',
    title: 'Woordenschatonderwijs',
    summary: 'Wat we uit onderzoek weten over woordenschat.',
    body: '## Wat werkt\n\nDirecte instructie van woorden in context.',
    themes: ['woordenschat'],
    sectors: ['PO', 'VO'],
    pillarCodes: ['P3.A'],
    sources: [{ title: 'Meta-analyse', url: 'https://example.org/meta' }],
    coCreation: { teachers: 3, schoolLeaders: 1, teacherEducators: 0, researchers: 2 },
    ...overrides,
  };
}

/** A version's content as editors rewrite it (a product's type never changes). */
export function contentBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return productBody({ productType: undefined, ...overrides });
}

/** Creates a product, has it reviewed and approved; answers its id. */
export async function publishedProduct(
  editor: Caller,
  overrides: Record<string, unknown> = {},
  days: { submittedOn?: string; decidedOn?: string } = {},
): Promise<string> {
  const created = await editor.post('/products').send(productBody(overrides)).expect(201);
  const id = created.body.productId as string;
  await editor
    .post(`/products/${id}/submission`)
    .send(days.submittedOn ? { submittedOn: days.submittedOn } : {})
    .expect(200);
  await editor
    .post(`/products/${id}/review`)
    .send({ decision: 'approved', reasons: [], ...(days.decidedOn ? { decidedOn: days.decidedOn } : {}) })
    .expect(200);
  return id;
}
