// Boots the real labs service in-process against the real infrastructure, for component tests.
import type { INestApplication } from '@nestjs/common';
import { catalogue, TOPICS, validateEventData, type EventContract } from '@okr/contracts';
import { envelopeOf } from '@okr/contracts/testing';
import { CommitStore, namespacedTopic } from '@okr/messaging';
import { deleteTestTopics, messagingTestEnv, testKafka } from '@okr/messaging/testing';
import { createServiceApp, type CreateServiceAppOptions, type Role } from '@okr/service-kit';
import { callerFor, FixedClock, uniqueName, type Caller } from '@okr/service-kit/testing';
import type { Producer } from 'kafkajs';
import request from 'supertest';
import type { App } from 'supertest/types';
import { labsService } from '../src/labs.definition';

export type { Caller } from '@okr/service-kit/testing';

/** "Today" in every component test: a Monday in the school year 2024-2025, Dutch time. */
export const TODAY = '2025-03-10';

export interface LabsApp {
  app: INestApplication;
  clock: FixedClock;
  /** supertest against the app, authenticated with the given roles. */
  as: (roles: Role | Role[], subject?: string) => Promise<Caller>;
  /** The Kafka topic a contract's topic is in this test's namespace. */
  topic: (contractTopic: string) => string;
  /** The KAFKA_TOPIC_PREFIX of this app, for another service booted on the same topics. */
  topicPrefix: string;
  /** The events the last commit of a stream published, each checked against its contract. */
  lastEvents: (stream: string) => Promise<Array<{ type: string; data: Record<string, unknown> }>>;
  /** Publishes events on the enrolment topic of this test's namespace, as the enrolment service would. */
  publishEnrolmentEvent: <T extends object>(
    contract: EventContract<T>,
    data: T,
    envelope?: { eventId?: string; occurredAt?: string },
  ) => Promise<string>;
  close: () => Promise<void>;
}

/**
 * Starts the service with its own database, topics and Redis keys in the test namespace, a service name of its
 * own (its own consumer group), and a clock standing at TODAY unless given another environment.
 */
export async function startLabs(
  env: NodeJS.ProcessEnv = {},
  options: Pick<CreateServiceAppOptions, 'logDestination'> = {},
): Promise<LabsApp> {
  const name = uniqueName('labs');
  const serviceEnv = messagingTestEnv('labs', { IDEMPOTENCY_KEY_PREFIX: `test:${name}:idempotency`, ...env });
  const topicPrefix = serviceEnv['KAFKA_TOPIC_PREFIX'] ?? '';
  const clock = new FixedClock(`${TODAY}T10:00:00Z`);
  const { app } = await createServiceApp({ ...labsService, name }, { env: serviceEnv, clock, ...options });
  const commits = app.get(CommitStore);
  let producer: Producer | undefined;
  return {
    app,
    clock,
    as: (roles, subject = uniqueName('lab-team')) => callerFor(app, roles, subject),
    topic: (contractTopic) => namespacedTopic(topicPrefix, contractTopic),
    topicPrefix,
    lastEvents: async (stream) => {
      const commit = await commits.latest(stream);
      return (commit?.events ?? []).map(({ envelope }) => {
        const contract = catalogue.find(envelope.type, envelope.version);
        if (!contract) throw new Error(`no contract for ${envelope.type} v${envelope.version}`);
        expect(validateEventData(contract, envelope.data)).toMatchObject({ ok: true });
        return { type: envelope.type, data: envelope.data as Record<string, unknown> };
      });
    },
    publishEnrolmentEvent: async (contract, data, { eventId, occurredAt } = {}) => {
      if (!producer) {
        producer = testKafka('labs-test-producer').producer();
        await producer.connect();
      }
      const envelope = envelopeOf(contract, data, {
        source: 'enrolment',
        ...(eventId ? { eventId } : {}),
        ...(occurredAt ? { occurredAt } : {}),
      });
      await producer.send({
        topic: namespacedTopic(topicPrefix, TOPICS.enrolment),
        messages: [{ key: envelope.subject, value: JSON.stringify(envelope) }],
      });
      return envelope.eventId;
    },
    close: async () => {
      await producer?.disconnect();
      await app.close();
      await deleteTestTopics(topicPrefix);
    },
  };
}

/** Unauthenticated supertest against the app. */
export function anonymous(app: INestApplication): request.Agent {
  return request.agent(app.getHttpServer() as App);
}

let brinCounter = Math.floor(Math.random() * 26 * 26);

/** A BRIN no other test of this run uses. */
export function freshBrin(): string {
  brinCounter += 1;
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const number = 10 + (Math.floor(brinCounter / 676) % 90);
  return `${number}${letters[Math.floor(brinCounter / 26) % 26] ?? 'A'}${letters[brinCounter % 26] ?? 'A'}`;
}

let codeCounter = 0;

/** A lab code no other test of this run uses (each app has its own database, so this only keeps tests apart). */
export function freshLabCode(): string {
  codeCounter += 1;
  return `lab-${codeCounter}-${Math.random().toString(36).slice(2, 8)}`;
}
