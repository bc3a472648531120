import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';

/** The service's Redis client; it reconnects by itself after an outage, and closes last at shutdown. */
@Injectable()
export class RedisConnection implements OnApplicationShutdown {
  readonly client: Redis;

  constructor(url: string) {
    this.client = new Redis(url, {
      // Commands fail fast while Redis is away instead of queueing without bound.
      maxRetriesPerRequest: 1,
      enableOfflineQueue: true,
      connectTimeout: 2_000,
      retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
    });
    // Connection errors surface through health checks; an unhandled 'error' event would crash the process.
    this.client.on('error', () => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.quit().catch(() => this.client.disconnect());
  }
}
