import { eventually } from '@okr/messaging/testing';
import Redis from 'ioredis';
import { monitoringChannels } from '../src/infrastructure/monitoring-channels';
import {
  createTopics,
  EventWriter,
  type MonitoringApp,
  monitoringEnv,
  removeTopics,
  startMonitoring,
  type TestTopics,
} from './support/monitoring-app';
import { nextBrin, schoolEnrolled } from './support/platform-events';

interface Readiness {
  status: number;
  projector: { status?: string; message?: string } | undefined;
}

async function readiness(app: MonitoringApp): Promise<Readiness> {
  const response = await app.anonymous().get('/health/ready');
  const body = response.body as { details?: Record<string, { status?: string; message?: string }> };
  return { status: response.status, projector: body.details?.['projector'] };
}

describe('/health/ready and the projector', () => {
  const writer = new EventWriter();
  const redis = new Redis(process.env['REDIS_URL'] || 'redis://127.0.0.1:6379');
  let topics: TestTopics;
  let monitoring: MonitoringApp | undefined;

  beforeAll(async () => {
    topics = await createTopics(['main']);
  });

  afterEach(async () => {
    await monitoring?.close();
    monitoring = undefined;
  });

  afterAll(async () => {
    await writer.close();
    await removeTopics(topics);
    redis.disconnect();
  });

  it('fails readiness while no replica projects for longer than the configured time, and recovers when one does', async () => {
    const env = monitoringEnv(topics, { MONITORING_PROJECTOR_STALL_MS: '1500', MONITORING_LEASE_MS: '2000' });
    const keys = monitoringChannels(env['MONITORING_REDIS_PREFIX'] ?? '');
    monitoring = await startMonitoring(env);
    await writer.send(topics.topic(), [schoolEnrolled(nextBrin(), 'groeikracht', 'PO')]);
    const projecting = monitoring;
    await eventually(async () => {
      const ready = await readiness(projecting);
      return ready.status === 200 && ready.projector?.status === 'up' ? ready : undefined;
    });
    await monitoring.close();
    monitoring = undefined;

    // Another replica holds the projector lease and never projects (stuck): this one cannot take over.
    await redis.set(keys.projectorLease, 'a-stuck-replica', 'PX', 60_000);
    await redis.del(keys.lag);
    monitoring = await startMonitoring(env);
    const waiting = monitoring;
    const stalled = await eventually(async () => {
      const ready = await readiness(waiting);
      return ready.status === 503 ? ready : undefined;
    });

    expect(stalled.projector).toMatchObject({ status: 'down' });
    expect(stalled.projector?.message).toMatch(/no projector has run for \d+ s/);

    await redis.del(keys.projectorLease);
    const recovered = await eventually(async () => {
      const ready = await readiness(waiting);
      return ready.status === 200 ? ready : undefined;
    }, 30_000);
    expect(recovered.projector).toMatchObject({ status: 'up' });
  });
});
