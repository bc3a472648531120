import type { INestApplication } from '@nestjs/common';
import type { EventEnvelope } from '@okr/contracts';
import { createServiceApp } from '@okr/service-kit';
import { testEnv, tokenFor, uniqueName } from '@okr/service-kit/testing';
import request from 'supertest';
import { CommitStore } from '../src';
import { schoolRegistryService, seen, TEST_TOPIC } from './fixtures/school-registry.module';

async function eventually<T>(
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

describe('a service with MessagingModule', () => {
  let app: INestApplication;
  let store: CommitStore;

  beforeAll(async () => {
    // A service name of its own gives this test its own consumer group, relay lease and database.
    ({ app } = await createServiceApp(schoolRegistryService(uniqueName('messaging')), {
      env: testEnv({ RELAY_IDLE_POLL_MS: '5000' }),
    }));
    store = app.get(CommitStore);
  });

  afterAll(async () => {
    await app.close();
  });

  it('publishes the event of an HTTP command, hands it to the handler, and publishes the event the handler causes', async () => {
    const brin = `${String(Math.floor(Math.random() * 90) + 10)}QA`;
    const started = Date.now();

    const response = await request(app.getHttpServer())
      .post('/schools')
      .set('authorization', await tokenFor(['helpdesk']))
      .set('x-correlation-id', 'desk-call-77')
      .send({ brin, name: 'De Vlieger' });

    expect(response.status).toBe(201);
    const registered = await eventually(() => seen.find((envelope) => envelope.subject === brin));
    const handledAfterMs = Date.now() - started;
    expect(registered).toMatchObject({
      type: 'SchoolRegistered',
      version: 1,
      correlationId: 'desk-call-77',
      causationId: null,
    });
    // Well below the idle poll of 5 s: the commit signal woke the relay.
    expect(handledAfterMs).toBeLessThan(4_000);

    const caused = await eventually(async () => {
      const latest = await store.latest(`enrolment-${brin}`);
      return latest?.published ? latest : undefined;
    });
    const enrolled = caused.events[0]?.envelope as EventEnvelope;
    expect(caused.events[0]?.topic).toBe(TEST_TOPIC);
    expect(enrolled).toMatchObject({
      type: 'SchoolEnrolled',
      subject: brin,
      correlationId: 'desk-call-77',
      causationId: registered.eventId,
    });
  });
});
