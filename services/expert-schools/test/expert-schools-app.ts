// Boots the real expert-schools service in-process against the real infrastructure, for component tests, and
// publishes the help desk's events to it the way the enrolment service does.
import type { INestApplication } from '@nestjs/common';
import type { EventContract, EventEnvelope } from '@okr/contracts';
import { envelopeOf, type ExampleEnvelopeFields } from '@okr/contracts/testing';
import { namespacedTopic } from '@okr/messaging';
import { deleteTestTopics, messagingTestEnv, testKafka } from '@okr/messaging/testing';
import { createServiceApp, type CreateServiceAppOptions, type Role } from '@okr/service-kit';
import { callerFor, uniqueName, type Caller } from '@okr/service-kit/testing';
import type { Producer } from 'kafkajs';
import request from 'supertest';
import type { App } from 'supertest/types';
import { expertSchoolsService } from '../src/expert-schools.definition';

export type { Caller } from '@okr/service-kit/testing';

export interface ExpertSchoolsApp {
  app: INestApplication;
  /** supertest against the app, authenticated with the given roles. */
  as: (roles: Role | Role[], subject?: string) => Promise<Caller>;
  /** The Kafka topic a contract's topic is in this test's namespace. */
  topic: (contractTopic: string) => string;
  /** The topic prefix the app runs under. */
  topicPrefix: string;
  /** Publishes `data` of `contract` in an envelope to the contract's topic, keyed by its subject. */
  publish: <T extends object>(
    contract: EventContract<T>,
    data: T,
    fields?: ExampleEnvelopeFields,
  ) => Promise<EventEnvelope<T>>;
  /** Publishes an envelope again, as a redelivery would. */
  republish: (contract: EventContract, envelope: EventEnvelope) => Promise<void>;
  close: () => Promise<void>;
}

/**
 * Starts the service with its own database, topics and Redis keys in the test namespace and a name of its own
 * (its own consumer group). Given a KAFKA_TOPIC_PREFIX it shares that namespace with another app of the test,
 * which then owns the topics (and deletes them).
 */
export async function startExpertSchools(
  env: NodeJS.ProcessEnv = {},
  options: Pick<CreateServiceAppOptions, 'clock' | 'logDestination'> = {},
): Promise<ExpertSchoolsApp> {
  const name = uniqueName('expert-schools');
  const serviceEnv = messagingTestEnv('expert-schools', {
    IDEMPOTENCY_KEY_PREFIX: `test:${name}:idempotency`,
    ...env,
  });
  const topicPrefix = serviceEnv['KAFKA_TOPIC_PREFIX'] ?? '';
  const { app } = await createServiceApp({ ...expertSchoolsService, name }, { env: serviceEnv, ...options });
  let producer: Promise<Producer> | undefined;
  const send = async (contract: EventContract, envelope: EventEnvelope): Promise<void> => {
    producer ??= (async () => {
      const created = testKafka('expert-schools-test').producer();
      await created.connect();
      return created;
    })();
    await (
      await producer
    ).send({
      topic: namespacedTopic(topicPrefix, contract.topic),
      messages: [{ key: envelope.subject, value: JSON.stringify(envelope) }],
    });
  };
  return {
    app,
    as: (roles, subject = uniqueName('coordinator')) => callerFor(app, roles, subject),
    topic: (contractTopic) => namespacedTopic(topicPrefix, contractTopic),
    topicPrefix,
    publish: async (contract, data, fields = {}) => {
      const envelope = envelopeOf(contract, data, { source: 'enrolment', ...fields });
      await send(contract, envelope);
      return envelope;
    },
    republish: send,
    close: async () => {
      await (await producer)?.disconnect();
      await app.close();
      if (env['KAFKA_TOPIC_PREFIX'] === undefined) await deleteTestTopics(topicPrefix);
    },
  };
}

/** Unauthenticated supertest against the app. */
export function anonymous(app: INestApplication): request.Agent {
  return request.agent(app.getHttpServer() as App);
}
