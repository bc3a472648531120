import { randomUUID } from 'node:crypto';
import type Redis from 'ioredis';

// Taking the lease draws the next epoch in the same script, so every holder has a larger epoch than the last.
const TAKE = `
if redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2], 'NX') then
  return redis.call('incr', KEYS[2])
end
return 0`;
// Extends the lease only while this instance still holds it.
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/**
 * One replica projects at a time: the holder of this Redis lease. Each taking of the lease comes with an
 * epoch (a fencing token) that checkpoints carry, so a holder that lost the lease without noticing (a long
 * pause) can no longer overwrite the checkpoint of the replica that took over.
 */
export class ProjectorLease {
  private readonly instance = randomUUID();
  private heldEpoch: number | undefined;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly leaseMs: number,
  ) {}

  /** The epoch while held, else undefined. */
  get epoch(): number | undefined {
    return this.heldEpoch;
  }

  /** Renews the lease, or takes it if free; answers whether this instance holds it now. */
  async hold(): Promise<boolean> {
    if (this.heldEpoch !== undefined) {
      const renewed = await this.redis.eval(RENEW, 1, this.key('lease'), this.instance, this.leaseMs);
      if (renewed === 1) return true;
      this.heldEpoch = undefined;
    }
    const epoch = Number(
      await this.redis.eval(TAKE, 2, this.key('lease'), this.key('epoch'), this.instance, this.leaseMs),
    );
    if (epoch > 0) this.heldEpoch = epoch;
    return this.heldEpoch !== undefined;
  }

  async release(): Promise<void> {
    this.heldEpoch = undefined;
    await this.redis.eval(RELEASE, 1, this.key('lease'), this.instance).catch(() => undefined);
  }

  private key(name: string): string {
    return `${this.prefix}:projector-${name}`;
  }
}
