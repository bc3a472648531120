import Redis from 'ioredis';
import { randomBytes } from 'node:crypto';

describe('Redis', () => {
  const redis = new Redis(process.env['REDIS_URL'] || 'redis://127.0.0.1:6379');

  afterAll(async () => {
    await redis.quit();
  });

  it('stores a value and gives it back', async () => {
    const key = `test:${randomBytes(4).toString('hex')}`;

    await redis.set(key, 'intake-fit', 'EX', 60);

    expect(await redis.get(key)).toBe('intake-fit');
    expect(await redis.ttl(key)).toBeGreaterThan(0);
  });

  it('sets a key only once when two clients race for it', async () => {
    const key = `test:lease:${randomBytes(4).toString('hex')}`;

    const outcomes = await Promise.all([
      redis.set(key, 'relay-1', 'PX', 5_000, 'NX'),
      redis.set(key, 'relay-2', 'PX', 5_000, 'NX'),
    ]);

    expect(outcomes.filter((outcome) => outcome === 'OK')).toHaveLength(1);
  });
});
