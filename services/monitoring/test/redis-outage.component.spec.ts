import { eventually } from '@okr/messaging/testing';
import { type RedisServer, startRedisServer } from '@okr/service-kit/testing';
import {
  createTopics,
  EventWriter,
  type MonitoringApp,
  monitoringEnv,
  removeTopics,
  startMonitoring,
  type TestTopics,
} from './support/monitoring-app';
import { pilotYear } from './support/platform-events';

const TRAJECTORY = '/kpis/improvement-culture.schools-in-trajectory';
// REDIS_COMMAND_TIMEOUT_MS below, plus room for a slow test machine.
const FAST_MS = 2_000;

interface Kpi {
  id: string;
  figures: { total: { value: number | null } };
}

describe('monitoring while its Redis is away', () => {
  let redis: RedisServer;
  let topics: TestTopics;
  let monitoring: MonitoringApp;
  const writer = new EventWriter();

  beforeAll(async () => {
    // A Redis of this test's own, so stopping and freezing it leaves the shared one alone.
    redis = await startRedisServer();
    topics = await createTopics(['main']);
    monitoring = await startMonitoring(
      monitoringEnv(topics, { REDIS_URL: redis.url, REDIS_COMMAND_TIMEOUT_MS: '300' }),
    );
    await writer.send(topics.topic(), pilotYear());
    await eventually(async () => {
      const kpi = await monitoring.read<Kpi>(TRAJECTORY);
      expect(kpi.figures.total.value).toBe(25);
      return kpi;
    });
  });

  afterAll(async () => {
    redis.resume();
    await writer.close();
    await monitoring.close();
    await redis.stop();
    await removeTopics(topics);
  });

  async function timed(path: string) {
    const caller = await monitoring.as('monitoring');
    const started = Date.now();
    const response = await caller.get(path);
    return { response, tookMs: Date.now() - started };
  }

  it('answers the KPIs from MongoDB while Redis is stopped', async () => {
    await redis.stop();
    try {
      const { response, tookMs } = await timed(TRAJECTORY);
      expect(response.status).toBe(200);
      expect(response.body.figures.total.value).toBe(25);
      expect(tookMs).toBeLessThan(FAST_MS);
      const list = await timed('/kpis');
      expect(list.response.status).toBe(200);
    } finally {
      await redis.start();
    }
  });

  it('answers the KPIs from MongoDB within the command timeout while Redis is frozen', async () => {
    redis.pause();
    try {
      const { response, tookMs } = await timed(TRAJECTORY);
      expect(response.status).toBe(200);
      expect(response.body.figures.total.value).toBe(25);
      expect(tookMs).toBeLessThan(FAST_MS);
    } finally {
      redis.resume();
    }
  });

  it('answers /health/lag with 503 and Retry-After, not 500, while Redis is stopped or frozen', async () => {
    await redis.stop();
    try {
      const { response, tookMs } = await timed('/health/lag');
      expect(response.status).toBe(503);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.headers['retry-after']).toMatch(/^[1-9][0-9]*$/);
      expect(response.body).toMatchObject({ status: 503, code: 'DEPENDENCY.UNAVAILABLE' });
      expect(tookMs).toBeLessThan(FAST_MS);
    } finally {
      await redis.start();
    }

    redis.pause();
    try {
      const { response, tookMs } = await timed('/health/lag');
      expect(response.status).toBe(503);
      expect(response.headers['retry-after']).toMatch(/^[1-9][0-9]*$/);
      expect(tookMs).toBeLessThan(FAST_MS);
    } finally {
      redis.resume();
    }
  });

  it('reports lag again once Redis is back', async () => {
    const lag = await eventually(() => monitoring.read<{ caughtUp: boolean }>('/health/lag'), 20_000);
    expect(lag.caughtUp).toBe(true);
  });
});
