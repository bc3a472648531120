import Redis from 'ioredis';
import { RedisThrottlerStorage } from './redis-throttler.storage';

describe('the public-read counter in Redis', () => {
  const redis = new Redis(process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379', { lazyConnect: true });
  const prefix = `test:knowledge-throttle-${Date.now()}`;

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  it('counts a client within its window under the deployment prefix, and blocks it past the limit', async () => {
    const storage = new RedisThrottlerStorage(redis, prefix);

    const first = await storage.increment('10.0.0.1', 60_000, 2, 60_000, 'default');
    await storage.increment('10.0.0.1', 60_000, 2, 60_000, 'default');
    const third = await storage.increment('10.0.0.1', 60_000, 2, 60_000, 'default');
    const other = await storage.increment('10.0.0.2', 60_000, 2, 60_000, 'default');

    expect(first).toMatchObject({ totalHits: 1, isBlocked: false });
    expect(third).toMatchObject({ totalHits: 3, isBlocked: true });
    expect(third.timeToBlockExpire).toBeGreaterThan(0);
    expect(other).toMatchObject({ totalHits: 1, isBlocked: false });
    expect(await redis.exists(`${prefix}:10.0.0.1`)).toBe(1);
  });

  it('lets a read through when Redis does not answer, rather than refusing or failing it', async () => {
    const timedOut = { eval: () => Promise.reject(new Error('Command timed out')) };
    const storage = new RedisThrottlerStorage(timedOut, prefix);

    await expect(storage.increment('10.0.0.3', 60_000, 1, 60_000, 'default')).resolves.toMatchObject({
      isBlocked: false,
    });
  });
});
