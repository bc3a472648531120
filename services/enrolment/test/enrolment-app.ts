// Boots the real enrolment service in-process against the real infrastructure, for component tests.
import type { INestApplication } from '@nestjs/common';
import type { Role } from '@okr/service-kit';
import { namespacedTopic } from '@okr/messaging';
import { deleteTestTopics, messagingTestEnv } from '@okr/messaging/testing';
import { createServiceApp } from '@okr/service-kit';
import { tokenFor, uniqueName } from '@okr/service-kit/testing';
import request from 'supertest';
import type { App } from 'supertest/types';
import { enrolmentService } from '../src/enrolment.definition';

export interface EnrolmentApp {
  app: INestApplication;
  /** supertest against the app, authenticated with the given roles. */
  as: (roles: Role | Role[], subject?: string) => Promise<Caller>;
  /** The Kafka topic the service publishes a contract's topic on: in the test's own namespace. */
  topic: (contractTopic: string) => string;
  close: () => Promise<void>;
}

export type Caller = {
  get: (path: string) => request.Test;
  post: (path: string) => request.Test;
  patch: (path: string) => request.Test;
  put: (path: string) => request.Test;
  delete: (path: string) => request.Test;
};

/**
 * Starts the service with its own database, topics and Redis keys in the test namespace (so nothing it writes
 * reaches the services `npm start` runs), and a service name of its own (its own consumer group).
 */
export async function startEnrolment(env: NodeJS.ProcessEnv = {}): Promise<EnrolmentApp> {
  const serviceEnv = messagingTestEnv('enrolment', env);
  const topicPrefix = serviceEnv['KAFKA_TOPIC_PREFIX'] ?? '';
  const { app } = await createServiceApp(
    { ...enrolmentService, name: uniqueName('enrolment') },
    { env: serviceEnv },
  );
  const server = app.getHttpServer() as App;
  return {
    app,
    as: async (roles, subject = uniqueName('staff')) => {
      const token = await tokenFor(Array.isArray(roles) ? roles : [roles], subject);
      const authed = (test: request.Test): request.Test => test.set('authorization', token);
      return {
        get: (path) => authed(request(server).get(path)),
        post: (path) => authed(request(server).post(path)),
        patch: (path) => authed(request(server).patch(path)),
        put: (path) => authed(request(server).put(path)),
        delete: (path) => authed(request(server).delete(path)),
      };
    },
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
