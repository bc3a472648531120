import { Logger } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';

// One counter per client and window, counted atomically in Redis so that every replica counts a client's reads
// together: a fixed window of `ttl` ms from the client's first read in it. Past the limit the client is
// refused until the window ends. Keys are `<REDIS_KEY_PREFIX>:public-read:<client>`, in the deployment's (or
// the test's) own namespace; see ADR 0008 for why not the storage package that keys by `{…}:hits`.
const COUNT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {hits, ttl}
`;

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** What the storage needs of a Redis client (ioredis's): running a script. */
export interface ScriptRunner {
  eval(script: string, numberOfKeys: number, ...keysAndArguments: string[]): Promise<unknown>;
}

/**
 * @nestjs/throttler's storage over Redis counters. When Redis does not answer, a read is let through rather
 * than refused or failed: public knowledge stays readable, only unlimited for that moment (and logged).
 */
export class RedisThrottlerStorage implements ThrottlerStorage {
  private readonly logger = new Logger(RedisThrottlerStorage.name);

  constructor(
    private readonly redis: ScriptRunner,
    private readonly prefix: string,
  ) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    _blockDuration: number,
    _throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    let reply: unknown;
    try {
      reply = await this.redis.eval(COUNT, 1, `${this.prefix}:${key}`, String(ttl));
    } catch (error) {
      this.logger.warn(
        `public reads not counted, Redis did not answer: ${error instanceof Error ? error.message : String(error)}`,
      );
      return { totalHits: 0, timeToExpire: Math.ceil(ttl / 1000), isBlocked: false, timeToBlockExpire: 0 };
    }
    const [hits, remainingMs] = Array.isArray(reply) ? reply.map(Number) : [Number.NaN, Number.NaN];
    if (hits === undefined || remainingMs === undefined || Number.isNaN(hits) || Number.isNaN(remainingMs)) {
      throw new Error(`unexpected answer from Redis counting reads: ${JSON.stringify(reply)}`);
    }
    const seconds = Math.max(1, Math.ceil(remainingMs / 1000));
    const isBlocked = hits > limit;
    return { totalHits: hits, timeToExpire: seconds, isBlocked, timeToBlockExpire: isBlocked ? seconds : 0 };
  }
}
