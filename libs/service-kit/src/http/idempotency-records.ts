import type Redis from 'ioredis';
import type { RedisConnection } from '../connections/redis.connection';

/** What the Idempotency-Key interceptor keeps per caller and key. */
export type RememberedAnswer =
  /** `claim`: which request holds the key, so only that request's cleanup can free it. */
  | { state: 'pending'; fingerprint: string; claim: string }
  | { state: 'done'; fingerprint: string; status: number; body: unknown }
  /** The answer held personal data that was erased: a retry is refused (410), never run again or replayed. */
  | { state: 'erased'; fingerprint: string };

/**
 * The answers the Idempotency-Key interceptor keeps in Redis (under IDEMPOTENCY_KEY_PREFIX, or
 * `okr:<service>:idempotency`), and the erasure of those that hold what a person asked to be forgotten.
 * ServiceKitModule provides it.
 */
export class IdempotencyRecords {
  constructor(
    private readonly redis: RedisConnection,
    readonly prefix: string,
  ) {}

  /** The Redis key of a caller's Idempotency-Key. */
  keyOf(caller: string, idempotencyKey: string): string {
    return `${this.prefix}:${caller}:${idempotencyKey}`;
  }

  /**
   * Replaces every kept answer whose body mentions `text` (the id of a record whose personal data was erased)
   * by an erased marker that keeps its time to live: a retry then gets 410 instead of the erased data, and the
   * command is still not run twice. Reads the service's answers a batch at a time; answers how many it erased.
   */
  async eraseAnswersMentioning(text: string): Promise<number> {
    // Without Redis the erasure cannot be done: DependencyUnavailableError (503), never a silent success.
    return this.redis.run((client) => this.eraseWith(client, text));
  }

  private async eraseWith(client: Redis, text: string): Promise<number> {
    let erased = 0;
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${this.prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length === 0) continue;
      const values = await client.mget(...keys);
      for (const [index, value] of values.entries()) {
        const key = keys[index];
        if (key === undefined || value === null || !value.includes(text)) continue;
        const answer = JSON.parse(value) as RememberedAnswer;
        if (answer.state !== 'done') continue;
        const marker: RememberedAnswer = { state: 'erased', fingerprint: answer.fingerprint };
        // XX: an answer that expired meanwhile stays gone; KEEPTTL: the marker lasts as long as the answer would.
        if ((await client.set(key, JSON.stringify(marker), 'KEEPTTL', 'XX')) === 'OK') erased += 1;
      }
    } while (cursor !== '0');
    return erased;
  }
}
