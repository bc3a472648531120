import Redis from 'ioredis';
import mongoose, { type Connection } from 'mongoose';
import { eventually } from '@okr/messaging/testing';
import {
  createTopics,
  EventWriter,
  type MonitoringApp,
  monitoringEnv,
  removeTopics,
  startMonitoring,
  type TestTopics,
} from './support/monitoring-app';
import { nextBrin, schoolEnrolled, type TestEvent, unknownEvents } from './support/platform-events';

const TRAJECTORY = '/kpis/improvement-culture.schools-in-trajectory';

interface Lag {
  version: number;
  epoch: number;
  caughtUp: boolean;
  eventsProcessed: number;
}

function enrolments(count: number): TestEvent[] {
  return Array.from({ length: count }, () => schoolEnrolled(nextBrin(), 'groeikracht', 'PO'));
}

describe('monitoring after Redis lost its data', () => {
  const writer = new EventWriter();
  let redis: Redis;
  let connection: Connection;
  let monitoring: MonitoringApp | undefined;
  let prefix: string;
  let topics: TestTopics | undefined;

  afterAll(async () => {
    await monitoring?.close();
    await writer.close();
    if (redis) {
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    }
    await connection?.close();
    if (topics) await removeTopics(topics);
  });

  it('projects again after a restart, under an epoch above the checkpointed one, with every event counted once', async () => {
    topics = await createTopics(['main']);
    const topic = topics.topic();
    const env = monitoringEnv(topics);
    prefix = env['MONITORING_REDIS_PREFIX'] ?? '';
    expect(prefix).toMatch(/^test:/);
    redis = new Redis(env['REDIS_URL'] ?? '');
    connection = await mongoose
      .createConnection(env['MONGODB_URI'] ?? '', { dbName: env['MONGODB_DATABASE'] ?? '' })
      .asPromise();
    const checkpointHead = (version: number): Promise<{ epoch: number; eventsProcessed: number } | null> =>
      connection
        .collection<{ _id: number; epoch: number; eventsProcessed: number }>('checkpoints')
        .findOne({ _id: version });
    const schoolsCounted = async (app: MonitoringApp): Promise<number | null> =>
      (await app.read<{ figures: { total: { value: number | null } } }>(TRAJECTORY)).figures.total.value;

    // Arrange: a deployment that has restarted once, so its checkpoint holds an epoch above 1.
    monitoring = await startMonitoring(env);
    await writer.send(topic, enrolments(20));
    await writer.sendRaw(topic, unknownEvents(3));
    const first = monitoring;
    await eventually(async () => (await schoolsCounted(first)) === 20 || undefined, {
      what: 'the first run counted its schools',
    });
    await monitoring.close();
    monitoring = await startMonitoring(env);
    const second = monitoring;
    await writer.send(topic, enrolments(20));
    await writer.sendRaw(topic, unknownEvents(3));
    const before = await eventually(async () => {
      const lag = await second.read<Lag>('/health/lag');
      const head = await checkpointHead(lag.version);
      expect(lag.epoch).toBeGreaterThan(1);
      expect(head).toMatchObject({ epoch: lag.epoch, eventsProcessed: 40 });
      return lag;
    });

    // Act: Redis loses every key of this deployment while it runs; the service restarts; more events arrive.
    const lost = await redis.keys(`${prefix}:*`);
    expect(lost).toEqual(expect.arrayContaining([`${prefix}:projector-lease`, `${prefix}:projector-epoch`]));
    await redis.del(...lost);
    await monitoring.close();
    monitoring = await startMonitoring(env);
    const third = monitoring;
    await writer.send(topic, enrolments(20));
    await writer.sendRaw(topic, unknownEvents(3));

    // Assert: a projector runs under a newer epoch and has read everything, each event once (and still so a
    // moment later, when anything read twice would have shown).
    const ignored = async (): Promise<Record<string, number>> =>
      (await third.read<{ ignored: Record<string, number> }>('/ignored-events')).ignored;
    const after = await eventually(
      async () => {
        const lag = await third.read<Lag>('/health/lag');
        expect(lag).toMatchObject({ caughtUp: true, eventsProcessed: 60 });
        expect(await schoolsCounted(third)).toBe(60);
        expect(await ignored()).toEqual({ 'LabOpened@1': 9 });
        return lag;
      },
      { timeoutMs: 60_000 },
    );
    expect(after.epoch).toBeGreaterThan(before.epoch);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await schoolsCounted(third)).toBe(60);
    expect(await ignored()).toEqual({ 'LabOpened@1': 9 });
    expect(await third.read<Lag>('/health/lag')).toMatchObject({ epoch: after.epoch, eventsProcessed: 60 });
  });
});
