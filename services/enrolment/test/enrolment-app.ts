// Boots the real enrolment service in-process against the real infrastructure, for component tests.
import type { INestApplication } from '@nestjs/common';
import type { Clock, Role } from '@okr/service-kit';
import { createServiceApp } from '@okr/service-kit';
import { callerFor, testEnv, uniqueName, type Caller } from '@okr/service-kit/testing';
import request from 'supertest';
import type { App } from 'supertest/types';
import { enrolmentService } from '../src/enrolment.definition';

export type { Caller } from '@okr/service-kit/testing';

export interface EnrolmentApp {
  app: INestApplication;
  /** supertest against the app, authenticated with the given roles. */
  as: (roles: Role | Role[], subject?: string) => Promise<Caller>;
  close: () => Promise<void>;
}

/**
 * Starts the service with its own database (and service name, so its own relay lease and consumer group), its
 * own Idempotency-Key prefix in the test namespace, and the system clock unless given another.
 */
export async function startEnrolment(
  env: NodeJS.ProcessEnv = {},
  options: { clock?: Clock } = {},
): Promise<EnrolmentApp> {
  const name = uniqueName('enrolment');
  const { app } = await createServiceApp(
    // A name of its own: its own relay lease and consumer group, so test files running at once do not wait on each other.
    { ...enrolmentService, name },
    { env: testEnv({ IDEMPOTENCY_KEY_PREFIX: `test:${name}:idempotency`, ...env }), ...options },
  );
  return {
    app,
    as: (roles, subject = uniqueName('staff')) => callerFor(app, roles, subject),
    close: () => app.close(),
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

/** Polls until `probe` gives a value. */
export async function eventually<T>(
  probe: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
