// Boots the real enrolment service in-process against the real infrastructure, for component tests.
import type { INestApplication } from '@nestjs/common';
import type { CreateServiceAppOptions, Role } from '@okr/service-kit';
import { namespacedTopic } from '@okr/messaging';
import { deleteTestTopics, messagingTestEnv } from '@okr/messaging/testing';
import { createServiceApp } from '@okr/service-kit';
import { callerFor, uniqueName, type Caller } from '@okr/service-kit/testing';
import request from 'supertest';
import type { App } from 'supertest/types';
import { enrolmentService } from '../src/enrolment.definition';

export type { Caller } from '@okr/service-kit/testing';

export interface EnrolmentApp {
  app: INestApplication;
  /** supertest against the app, authenticated with the given roles. */
  as: (roles: Role | Role[], subject?: string) => Promise<Caller>;
  /** The Kafka topic the service publishes a contract's topic on: in the test's own namespace. */
  topic: (contractTopic: string) => string;
  close: () => Promise<void>;
}

/**
 * Starts the service with its own database, topics and Redis keys in the test namespace (so nothing it writes
 * reaches the services `npm start` runs), a service name of its own (its own consumer group), and the system
 * clock and stdout for logs unless given others.
 */
export async function startEnrolment(
  env: NodeJS.ProcessEnv = {},
  options: Pick<CreateServiceAppOptions, 'clock' | 'logDestination'> = {},
): Promise<EnrolmentApp> {
  const name = uniqueName('enrolment');
  const serviceEnv = messagingTestEnv('enrolment', {
    IDEMPOTENCY_KEY_PREFIX: `test:${name}:idempotency`,
    ...env,
  });
  const topicPrefix = serviceEnv['KAFKA_TOPIC_PREFIX'] ?? '';
  const { app } = await createServiceApp({ ...enrolmentService, name }, { env: serviceEnv, ...options });
  return {
    app,
    as: (roles, subject = uniqueName('staff')) => callerFor(app, roles, subject),
    topic: (contractTopic) => namespacedTopic(topicPrefix, contractTopic),
    close: async () => {
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

/** A BRIN no other test uses (within a run; each test run has its own database). */
export function freshBrin(): string {
  brinCounter += 1;
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const number = 10 + (Math.floor(brinCounter / 676) % 90);
  return `${number}${letters[Math.floor(brinCounter / 26) % 26] ?? 'A'}${letters[brinCounter % 26] ?? 'A'}`;
}

/** A school as the help desk registers it. */
export function schoolBody(brin: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    brin,
    name: `Basisschool ${brin}`,
    sector: 'PO',
    specialisedEducation: false,
    boardNumber: '41234',
    municipality: 'Zwolle',
    province: 'Overijssel',
    pupilCount: 320,
    weakPerforming: false,
    specialTargetGroups: true,
    ...overrides,
  };
}
