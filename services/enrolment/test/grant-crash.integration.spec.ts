import { parseEnvelope, SchoolEnrolledV1, TOPICS, validateEventData } from '@okr/contracts';
import {
  AggregateStore,
  CommitStore,
  MessagingConfig,
  messagingRedisKeys,
  namespacedTopic,
} from '@okr/messaging';
import {
  createTestTopics,
  deleteTestTopics,
  eventually,
  messagingTestEnv,
  startService,
  type StartedService,
  testGroup,
  testKafka,
} from '@okr/messaging/testing';
import { tokenFor, uniqueName } from '@okr/service-kit/testing';
import Redis from 'ioredis';
import type { Consumer } from 'kafkajs';
import mongoose, { type Connection } from 'mongoose';
import { join } from 'node:path';
import type { SchoolState } from '../src/domain/school.entity';
import { ENROLMENT_AGGREGATES, streams } from '../src/infrastructure/enrolment.aggregates';
import { freshBrin, schoolBody } from './enrolment-app';
import { DEFAULT_REQUESTED_CENTS, openRound, submitApplicationDirectly } from './grant-setup';

const serviceMain = join(__dirname, 'fixtures', 'enrolment.main.ts');

describe('a grant whose service is killed before its events are published', () => {
  // Its own service name, database, topics and Redis keys: nothing else publishes these commits.
  const env = messagingTestEnv('enrolment-crash', {
    LOG_LEVEL: 'silent',
    OKR_SERVICE_NAME_OVERRIDE: uniqueName('enrolment-crash'),
    RELAY_IDLE_POLL_MS: '200',
  });
  const topicPrefix = env['KAFKA_TOPIC_PREFIX'] ?? '';
  const topic = namespacedTopic(topicPrefix, TOPICS.enrolment);
  const leaseKey = messagingRedisKeys(env['REDIS_KEY_PREFIX'] ?? '').relayLease;
  const kafka = testKafka('grant-crash-test');
  const services: StartedService[] = [];
  const received: { key: string; value: string }[] = [];
  let redis: Redis;
  let connection: Connection;
  let consumer: Consumer;

  beforeAll(async () => {
    redis = new Redis(env['REDIS_URL'] as string);
    connection = await mongoose
      .createConnection(env['MONGODB_URI'] as string, { dbName: env['MONGODB_DATABASE'] as string })
      .asPromise();
    // The topic does not exist until a service starts; subscribing first would race its creation.
    await createTestTopics([topic], new MessagingConfig().KAFKA_TOPIC_PARTITIONS);
    consumer = kafka.consumer({ groupId: testGroup('grant-crash-reader') });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: ({ message }) => {
        received.push({ key: message.key?.toString() ?? '', value: message.value?.toString() ?? '' });
        return Promise.resolve();
      },
    });
  }, 60_000);

  afterAll(async () => {
    await Promise.all(services.map((service) => service.kill()));
    await consumer?.disconnect();
    await redis?.del(leaseKey);
    redis?.disconnect();
    await connection?.close();
    await deleteTestTopics(topicPrefix);
  }, 60_000);

  it('publishes SchoolEnrolled after a restart when the first process was killed between the grant and the publication', async () => {
    // Arrange: the lease is ours, so the first process commits but can never publish; then it starts.
    expect(await redis.set(leaseKey, 'test-holder', 'PX', 60_000)).toBe('OK');
    const first = await startService(serviceMain, { env });
    services.push(first);
    const brin = freshBrin();
    const desk = await tokenFor(['helpdesk']);
    const registered = await fetch(`${first.baseUrl}/schools`, {
      method: 'POST',
      headers: { authorization: desk, 'content-type': 'application/json' },
      body: JSON.stringify(schoolBody(brin)),
    });
    expect(registered.status).toBe(201);
    // The round, intake and application go straight into the service's database: their endpoints are not
    // what this test is about.
    const commits = new CommitStore(connection, 'enrolment');
    const store = new AggregateStore(commits, ENROLMENT_AGGREGATES);
    const school = await store.require<SchoolState>(streams.school(brin));
    const round = await openRound(store, { budgetCents: 10 * DEFAULT_REQUESTED_CENTS, maxGrants: 10 });
    const application = await submitApplicationDirectly(store, school.state, round);
    const officer = await tokenFor(['subsidy-officer']);

    const granted = await fetch(`${first.baseUrl}/subsidy-applications/${application.applicationId}/grant`, {
      method: 'POST',
      headers: { authorization: officer, 'content-type': 'application/json' },
      body: '{}',
    });

    expect(granted.status).toBe(200);
    const participation = streams.participation(application.participationId);
    const pending = await commits.latest(participation);
    expect(pending?.events.map((event) => event.envelope.type)).toEqual(['SchoolEnrolled']);
    expect(pending && (await commits.isPending(pending))).toBe(true);

    // Act: the process dies as the OOM killer would kill it; the lease is free again; a new process starts.
    await first.kill();
    expect(await redis.del(leaseKey)).toBe(1);
    services.push(await startService(serviceMain, { env }));

    // Assert: the new process publishes what the killed one committed.
    const message = await eventually(
      () =>
        received.find(
          (candidate) =>
            candidate.key === brin &&
            candidate.value.includes('"SchoolEnrolled"') &&
            candidate.value.includes(application.participationId),
        ),
      30_000,
    );
    const parsed = parseEnvelope(message.value);
    if (!parsed.ok) throw new Error(`not an envelope: ${parsed.detail}`);
    expect(parsed.envelope.eventId).toBe(pending?.events[0]?.envelope.eventId);
    const validated = validateEventData(SchoolEnrolledV1, parsed.envelope.data);
    expect(validated.ok ? [] : validated.problems).toEqual([]);
    expect(parsed.envelope.data).toMatchObject({ brin, participationId: application.participationId });
    await eventually(async () => (pending && !(await commits.isPending(pending)) ? true : undefined), 15_000);
  }, 180_000);
});
