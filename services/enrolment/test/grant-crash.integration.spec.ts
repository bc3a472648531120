import { parseEnvelope, SchoolEnrolledV1, TOPICS, validateEventData } from '@okr/contracts';
import { CommitStore, MessagingConfig } from '@okr/messaging';
import { freePort, testEnv, tokenFor, uniqueName } from '@okr/service-kit/testing';
import Redis from 'ioredis';
import { type Consumer, Kafka, logLevel } from 'kafkajs';
import mongoose, { type Connection } from 'mongoose';
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { EnrolmentConfig } from '../src/config/enrolment.config';
import type { SchoolState } from '../src/domain/school.entity';
import { EnrolmentStore } from '../src/infrastructure/enrolment.store';
import { streams } from '../src/infrastructure/enrolment.streams';
import { eventually, freshBrin, schoolBody } from './enrolment-app';
import { DEFAULT_REQUESTED_CENTS, openRound, submitApplicationDirectly } from './grant-setup';

const repoRoot = join(__dirname, '..', '..', '..');
const serviceMain = join(__dirname, 'fixtures', 'enrolment.main.ts');

/** An enrolment service process the test can kill. */
interface ServiceProcess {
  child: ChildProcess;
  baseUrl: string;
  output(): string;
  exited: Promise<void>;
}

async function startService(env: NodeJS.ProcessEnv): Promise<ServiceProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', serviceMain], {
    cwd: repoRoot,
    env: { ...process.env, ...env, PORT: String(port), SWC_NODE_PROJECT: 'tsconfig.base.json' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const service: ServiceProcess = {
    child,
    baseUrl: `http://127.0.0.1:${port}`,
    output: () => output,
    exited,
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the service exited before it was ready:\n${output}`);
    const ready = await fetch(`${service.baseUrl}/health/ready`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ready) return service;
    if (Date.now() > deadline) throw new Error(`the service was not ready in 60 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function killHard(service: ServiceProcess): Promise<void> {
  if (service.child.exitCode === null && service.child.signalCode === null) service.child.kill('SIGKILL');
  await service.exited;
}

describe('a grant whose service is killed before its events are published', () => {
  // Its own service name (so its own relay lease) and database: nothing else publishes these commits.
  const name = uniqueName('enrolment-crash');
  const env = testEnv({ LOG_LEVEL: 'silent', OKR_SERVICE_NAME_OVERRIDE: name, RELAY_IDLE_POLL_MS: '200' });
  const leaseKey = `okr:outbox-relay-lease:${name}`;
  const kafka = new Kafka({
    clientId: 'grant-crash-test',
    brokers: (process.env['KAFKA_BROKERS'] || '127.0.0.1:9092').split(','),
    logLevel: logLevel.NOTHING,
  });
  const services: ServiceProcess[] = [];
  const received: { key: string; value: string }[] = [];
  let redis: Redis;
  let connection: Connection;
  let consumer: Consumer;

  beforeAll(async () => {
    redis = new Redis(env['REDIS_URL'] as string);
    connection = await mongoose
      .createConnection(env['MONGODB_URI'] as string, { dbName: env['MONGODB_DATABASE'] as string })
      .asPromise();
    // On a fresh broker the topic does not exist until a service starts; subscribing first would race its creation.
    const admin = kafka.admin();
    await admin.connect();
    try {
      if (!(await admin.listTopics()).includes(TOPICS.enrolment)) {
        const partitions = new MessagingConfig().KAFKA_TOPIC_PARTITIONS;
        await admin.createTopics({
          waitForLeaders: true,
          topics: [{ topic: TOPICS.enrolment, numPartitions: partitions }],
        });
      }
    } finally {
      await admin.disconnect();
    }
    consumer = kafka.consumer({ groupId: uniqueName('grant-crash-test') });
    await consumer.connect();
    await consumer.subscribe({ topic: TOPICS.enrolment, fromBeginning: true });
    await consumer.run({
      eachMessage: ({ message }) => {
        received.push({ key: message.key?.toString() ?? '', value: message.value?.toString() ?? '' });
        return Promise.resolve();
      },
    });
  }, 60_000);

  afterAll(async () => {
    await Promise.all(services.map(killHard));
    await consumer?.disconnect();
    await redis?.del(leaseKey);
    redis?.disconnect();
    await connection?.close();
  }, 60_000);

  it('publishes SchoolEnrolled after a restart when the first process was killed between the grant and the publication', async () => {
    // Arrange: the lease is ours, so the first process commits but can never publish; then it starts.
    expect(await redis.set(leaseKey, 'test-holder', 'PX', 60_000)).toBe('OK');
    const first = await startService(env);
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
    const store = new EnrolmentStore(commits, new EnrolmentConfig());
    const school = await store.load<SchoolState>(streams.school(brin));
    if (!school) throw new Error('the school was not registered');
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
    expect(pending?.published).toBe(false);

    // Act: the process dies as the OOM killer would kill it; the lease is free again; a new process starts.
    await killHard(first);
    expect(await redis.del(leaseKey)).toBe(1);
    services.push(await startService(env));

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
    await eventually(
      async () =>
        (await commits.commits.findOne({ _id: pending?._id ?? '' }))?.published ? true : undefined,
      15_000,
    );
  }, 180_000);
});
