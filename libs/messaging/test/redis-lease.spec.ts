import Redis from 'ioredis';
import { RedisLease } from '../src';
import { testRedisPrefix } from '../src/testing';

describe('the Redis lease', () => {
  const redis = new Redis(process.env['REDIS_URL'] || 'redis://127.0.0.1:6379');
  const prefixes: string[] = [];

  /** A lease key of its own in the test namespace (test:…), removed after the test. */
  function leaseKey(name: string): string {
    const prefix = testRedisPrefix(name);
    prefixes.push(prefix);
    return `${prefix}:lease`;
  }

  /** Every key under the test's prefixes, as a lost Redis would have them: gone. */
  async function forgetEverything(): Promise<void> {
    for (const prefix of prefixes) {
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
    }
  }

  afterEach(forgetEverything);

  afterAll(() => {
    redis.disconnect();
  });

  it('lets one holder at a time hold it, with a larger epoch for each taking', async () => {
    const key = leaseKey('exclusive');
    const first = new RedisLease(redis, { key, leaseMs: 10_000 });
    const second = new RedisLease(redis, { key, leaseMs: 10_000 });

    const held = [await first.hold(), await second.hold()];
    const firstEpoch = first.epoch;
    await first.release();
    const takenOver = await second.hold();

    expect(held).toEqual([true, false]);
    expect(takenOver).toBe(true);
    expect(firstEpoch).toBeGreaterThan(0);
    expect(second.epoch).toBe((firstEpoch ?? 0) + 1);
    expect(first.epoch).toBeUndefined();
  });

  it('keeps its epoch while it renews the lease', async () => {
    const lease = new RedisLease(redis, { key: leaseKey('renew'), leaseMs: 10_000 });
    await lease.hold();
    const epoch = lease.epoch;

    const renewed = [await lease.renew(), await lease.hold()];

    expect(renewed).toEqual([true, true]);
    expect(lease.epoch).toBe(epoch);
  });

  it('fails to renew once another took the lease over after it lapsed', async () => {
    const key = leaseKey('lapse');
    const paused = new RedisLease(redis, { key, leaseMs: 200 });
    const other = new RedisLease(redis, { key, leaseMs: 10_000 });
    await paused.hold();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await other.hold()).toBe(true);

    const renewed = await paused.renew();

    expect(renewed).toBe(false);
    expect(paused.epoch).toBeUndefined();
    expect(await paused.hold()).toBe(false);
  });

  it('draws an epoch above the stored floor after Redis lost every key of the prefix', async () => {
    const key = leaseKey('data-loss');
    let stored = 0;
    const lease = (): RedisLease =>
      new RedisLease(redis, { key, leaseMs: 10_000, epochFloor: () => Promise.resolve(stored) });
    const before = lease();
    await before.hold();
    // The holder stores its epoch with its data (a checkpoint), as a fenced writer does.
    stored = 41 + (before.epoch ?? 0);
    await before.release();

    await forgetEverything();
    const after = lease();
    await after.hold();

    expect(after.epoch).toBe(stored + 1);
  });

  it('never gives a smaller epoch than the counter when the floor is lower', async () => {
    const key = leaseKey('floor-below');
    const first = new RedisLease(redis, { key, leaseMs: 10_000 });
    await first.hold();
    const firstEpoch = first.epoch ?? 0;
    await first.release();

    const second = new RedisLease(redis, { key, leaseMs: 10_000, epochFloor: () => Promise.resolve(0) });
    await second.hold();

    expect(firstEpoch).toBe(1);
    expect(second.epoch).toBe(2);
  });

  it('lets two deployments with their own prefixes each hold their lease at once', async () => {
    const blue = new RedisLease(redis, { key: leaseKey('blue'), leaseMs: 10_000 });
    const green = new RedisLease(redis, { key: leaseKey('green'), leaseMs: 10_000 });

    const held = [await blue.hold(), await green.hold()];

    expect(held).toEqual([true, true]);
  });
});
