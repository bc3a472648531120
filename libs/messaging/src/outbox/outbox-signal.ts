import { EventEmitter } from 'node:events';
import type Redis from 'ioredis';

/**
 * Wakes the relay as soon as a commit is written, in this process (an event) and in others (Redis pub/sub),
 * so that an idle relay publishes within milliseconds instead of waiting for its next poll.
 */
export class OutboxSignal {
  private readonly local = new EventEmitter();

  constructor(
    private readonly redis: Redis | undefined,
    readonly channel: string,
  ) {
    this.local.setMaxListeners(0);
  }

  /** Announces new commits; never fails the command that wrote them (the relay's poll is the safety net). */
  notify(): void {
    this.local.emit('commit');
    this.redis?.publish(this.channel, '1').catch(() => undefined);
  }

  onCommit(listener: () => void): () => void {
    this.local.on('commit', listener);
    return () => this.local.off('commit', listener);
  }
}
