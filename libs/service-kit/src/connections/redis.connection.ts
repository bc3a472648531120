import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { DependencyUnavailableError } from '../http/dependency-unavailable';

/** How long a command may wait for Redis when the service's config does not say. */
export const DEFAULT_REDIS_COMMAND_TIMEOUT_MS = 500;

/** The service's Redis client; it reconnects by itself after an outage, and closes last at shutdown. */
@Injectable()
export class RedisConnection implements OnApplicationShutdown {
  readonly client: Redis;

  constructor(url: string, commandTimeoutMs = DEFAULT_REDIS_COMMAND_TIMEOUT_MS) {
    this.client = new Redis(url, {
      // Every command, also one queued while Redis is away or sent to a Redis that stopped answering
      // (a frozen process keeps its socket open, so no 'close' ever comes), fails after this long.
      commandTimeout: commandTimeoutMs,
      // The queue holds commands only until the timeout above, so a caller sent before the first connect
      // (or during a short reconnect) still gets its answer, and none waits without bound.
      enableOfflineQueue: true,
      maxRetriesPerRequest: 1,
      connectTimeout: 2_000,
      retryStrategy: (attempt) => Math.min(attempt * 100, 2_000),
    });
    // Connection errors surface through health checks; an unhandled 'error' event would crash the process.
    this.client.on('error', () => undefined);
  }

  /**
   * Runs Redis commands; a Redis that is away or too slow becomes a DependencyUnavailableError (503 with
   * Retry-After) instead of an unexpected 500. An error Redis itself answered (a wrong type) stays as it is.
   */
  async run<T>(commands: (client: Redis) => Promise<T>): Promise<T> {
    try {
      return await commands(this.client);
    } catch (error) {
      // ioredis types its ReplyError class as any; the name is what identifies Redis's own error answers.
      if (error instanceof Error && error.name === 'ReplyError') throw error;
      throw new DependencyUnavailableError('redis', error);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.client.quit().catch(() => this.client.disconnect());
  }
}
