import { testRedisPrefix } from '@okr/messaging/testing';
import { testEnv } from '@okr/service-kit/testing';
import Redis from 'ioredis';
import mongoose, { type Connection } from 'mongoose';
import { computeViews } from '../src/domain/compute-views';
import { emptyState } from '../src/domain/monitoring-state';
import type { MonitoringViews } from '../src/domain/views';
import { ViewStore } from '../src/infrastructure/view-store';
import { KPI_DEFINITIONS } from '../src/kpi/kpi-definitions';

// Against the real MongoDB-compatible server and Redis: the cache gets a view first, MongoDB the latest after.

describe('view store', () => {
  const env = testEnv();
  const prefix = testRedisPrefix('view-store');
  let connection: Connection;
  let redis: Redis;
  let store: ViewStore;

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(env['MONGODB_URI'] as string, { dbName: env['MONGODB_DATABASE'] as string })
      .asPromise();
    redis = new Redis(process.env['REDIS_URL'] || 'redis://127.0.0.1:6379');
    store = new ViewStore(connection, redis, prefix, 60);
  }, 30_000);

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    await connection?.dropDatabase();
    await connection?.close();
  });

  const viewsWith = (ignored: Record<string, number>): MonitoringViews => ({
    ...computeViews(emptyState(), KPI_DEFINITIONS),
    ignored,
  });
  const stored = async (version: number): Promise<string | undefined> =>
    (
      await connection
        .collection<{ _id: string; body: string }>('views')
        .findOne({ _id: `${version}:ignored` })
    )?.body;

  it('stores the latest of views written one after the other in MongoDB, and the cache holds it too', async () => {
    const first = await store.write(1, viewsWith({ 'A@1': 1 }), {});
    await store.write(1, viewsWith({ 'A@1': 2 }), first);
    await store.stored();

    expect(await stored(1)).toBe(JSON.stringify({ 'A@1': 2 }));
    expect(await redis.get(`${prefix}:view:1:ignored`)).toBe(JSON.stringify({ 'A@1': 2 }));
  });

  it('answers a view whose cache entry is gone with the latest written', async () => {
    await store.write(2, viewsWith({ 'B@1': 1 }), {});
    await redis.del(`${prefix}:view:2:ignored`);

    expect(await store.read(2, 'ignored')).toBe(JSON.stringify({ 'B@1': 1 }));
    await store.stored();
  });

  it('leaves nothing of a removed version, though its views were still being stored', async () => {
    await store.write(3, viewsWith({ 'C@1': 1 }), {});
    await store.remove(3);
    await store.stored();

    expect(await stored(3)).toBeUndefined();
    expect(await store.read(3, 'ignored')).toBeUndefined();
  });
});
