import { randomUUID } from 'node:crypto';
import type Redis from 'ioredis';

// Takes the lease and draws its epoch in one step, so every holder has a larger epoch than the one before. The
// epoch is at least floor + 1: after Redis lost its data the counter starts again at 1, and the floor (the highest
// epoch the caller stored next to its own data) keeps the next holder above every epoch that ever wrote there.
const TAKE = `
if redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2], 'NX') then
  local epoch = redis.call('incr', KEYS[2])
  local floor = tonumber(ARGV[3])
  if epoch <= floor then
    epoch = floor + 1
    redis.call('set', KEYS[2], epoch)
  end
  return epoch
end
return 0`;
// Extends the lease only while this instance still holds it.
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
// Gives the lease up only while this instance still holds it, so a late release never frees another's lease.
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

export interface RedisLeaseOptions {
  /** The lease's key; give it the deployment's own prefix so two deployments sharing one Redis never meet. */
  key: string;
  /** The key of the epoch counter; `<key>:epoch` by default. */
  epochKey?: string;
  /** How long the lease lasts without renewal: the longest another instance waits after a crash. */
  leaseMs: number;
  /**
   * The highest epoch the caller has stored with its own data (a checkpoint, an outbox), asked before the lease
   * is taken: the epoch drawn is larger, even when Redis lost the counter. 0 when left out.
   */
  epochFloor?: () => Promise<number>;
}

/**
 * One holder at a time across processes: `SET NX PX`, renewed by compare-and-extend and released by
 * compare-and-delete. Each taking comes with an epoch (a fencing token) that never goes backwards, so a holder
 * that lost the lease without noticing (a long pause) can be refused by whatever checks the epoch.
 */
export class RedisLease {
  private readonly instance = randomUUID();
  private readonly epochKey: string;
  private heldEpoch: number | undefined;

  constructor(
    private readonly redis: Redis,
    private readonly options: RedisLeaseOptions,
  ) {
    this.epochKey = options.epochKey ?? `${options.key}:epoch`;
  }

  /** The epoch while held, else undefined. */
  get epoch(): number | undefined {
    return this.heldEpoch;
  }

  /** Renews the lease, or takes it if it is free; answers whether this instance holds it now. */
  async hold(): Promise<boolean> {
    if (this.heldEpoch !== undefined && (await this.renew())) return true;
    // Held by another: no need to ask the caller's store for its floor.
    if ((await this.redis.exists(this.options.key)) === 1) return false;
    const floor = (await this.options.epochFloor?.()) ?? 0;
    const epoch = Number(
      await this.redis.eval(
        TAKE,
        2,
        this.options.key,
        this.epochKey,
        this.instance,
        this.options.leaseMs,
        Math.max(0, Math.floor(floor)),
      ),
    );
    if (epoch > 0) this.heldEpoch = epoch;
    return epoch > 0;
  }

  /** Extends the lease if this instance still holds it; answers false (and lets go) when another took it over. */
  async renew(): Promise<boolean> {
    if (this.heldEpoch === undefined) return false;
    const renewed = await this.redis.eval(RENEW, 1, this.options.key, this.instance, this.options.leaseMs);
    if (renewed === 1) return true;
    this.heldEpoch = undefined;
    return false;
  }

  /** Gives the lease up if this instance holds it; never fails (it lapses by itself anyway). */
  async release(): Promise<void> {
    this.heldEpoch = undefined;
    await this.redis.eval(RELEASE, 1, this.options.key, this.instance).catch(() => undefined);
  }
}
