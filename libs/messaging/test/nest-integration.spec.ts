import type { INestApplication } from '@nestjs/common';
import { DEAD_LETTER_HEADERS, type EventEnvelope, TOPICS } from '@okr/contracts';
import { createServiceApp } from '@okr/service-kit';
import { tokenFor, uniqueName } from '@okr/service-kit/testing';
import Redis from 'ioredis';
import request from 'supertest';
import { CommitStore, deadLetterTopicOf, messagingRedisKeys, namespacedTopic } from '../src';
import { deleteTestTopics, eventually, messagingTestEnv, readTopic, testKafka } from '../src/testing';
import { schoolRegistryService, seen } from './fixtures/school-registry.module';

describe('a service with MessagingModule', () => {
  // Its own topics (under a test prefix), database and Redis keys, so nothing of it reaches other services.
  const env = messagingTestEnv('messaging', { RELAY_IDLE_POLL_MS: '5000' });
  const topicPrefix = env['KAFKA_TOPIC_PREFIX'] ?? '';
  const topic = namespacedTopic(topicPrefix, TOPICS.enrolment);
  let app: INestApplication;
  let store: CommitStore;
  let redis: Redis;

  beforeAll(async () => {
    // A service name of its own gives this test its own consumer group.
    ({ app } = await createServiceApp(schoolRegistryService(uniqueName('messaging')), { env }));
    store = app.get(CommitStore);
    redis = new Redis(env['REDIS_URL'] as string);
  });

  afterAll(async () => {
    await app.close();
    redis.disconnect();
    await deleteTestTopics(topicPrefix);
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
      const latest = await store.latest(`welcome:${brin}`);
      return latest && !(await store.isPending(latest)) ? latest : undefined;
    });
    const enrolled = caused.events[0]?.envelope as EventEnvelope;
    expect(caused.events[0]?.topic).toBe(TOPICS.enrolment);
    expect(enrolled).toMatchObject({
      type: 'SchoolEnrolled',
      subject: brin,
      correlationId: 'desk-call-77',
      causationId: registered.eventId,
    });
  });

  it('publishes, reads and dead-letters only in its topic namespace, and holds its relay lease under its Redis prefix', async () => {
    const brin = `${String(Math.floor(Math.random() * 90) + 10)}QB`;
    await request(app.getHttpServer())
      .post('/schools')
      .set('authorization', await tokenFor(['helpdesk']))
      .send({ brin, name: 'De Linde' })
      .expect(201);
    // The handler reads only the namespaced topic: seeing the event there means the relay published it there.
    await eventually(() => seen.find((envelope) => envelope.subject === brin));
    await eventually(async () => {
      const latest = await store.latest(`welcome:${brin}`);
      return latest && !(await store.isPending(latest)) ? true : undefined;
    });
    const kafka = testKafka();
    const producer = kafka.producer();
    await producer.connect();

    await producer.send({ topic, messages: [{ key: 'poison', value: 'not an envelope' }] });
    await producer.disconnect();

    const letters = await readTopic(deadLetterTopicOf(topic), 1);
    expect(letters[0]?.headers[DEAD_LETTER_HEADERS.reason]).toBe('MALFORMED_ENVELOPE');
    expect(letters[0]?.value).toBe('not an envelope');
    const admin = kafka.admin();
    await admin.connect();
    const offsets = await admin.fetchTopicOffsets(topic);
    await admin.disconnect();
    const total = offsets.reduce((sum, { high, low }) => sum + Number(high) - Number(low), 0);
    const types = (await readTopic(topic, total))
      .filter((message) => message.key === brin)
      .map((message) => (JSON.parse(message.value) as EventEnvelope).type);
    expect(types.sort()).toEqual(['SchoolEnrolled', 'SchoolRegistered']);
    expect(await redis.exists(messagingRedisKeys(env['REDIS_KEY_PREFIX'] ?? '').relayLease)).toBe(1);
  });

  it('answers the not-found error its configuration names for an aggregate that does not exist', async () => {
    const response = await request(app.getHttpServer())
      .get('/schools/99ZZ')
      .set('authorization', await tokenFor(['helpdesk']));

    expect(response.status).toBe(404);
  });
});
