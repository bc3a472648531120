// Redis reconnects within 2 s of coming back (see RedisConnection); a retry sooner would mostly fail again.
export const DEFAULT_RETRY_AFTER_SECONDS = 5;

/**
 * A dependency (Redis, a database) is away or does not answer in time. The request did not fail for what it
 * asked, so it answers 503 with Retry-After, and the client may send it again unchanged.
 */
export class DependencyUnavailableError extends Error {
  readonly code = 'DEPENDENCY.UNAVAILABLE';

  constructor(
    readonly dependency: string,
    cause: unknown,
    readonly retryAfterSeconds = DEFAULT_RETRY_AFTER_SECONDS,
  ) {
    super(`${dependency} is not available: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'DependencyUnavailableError';
  }
}
