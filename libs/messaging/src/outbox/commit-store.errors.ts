/** Another command committed this version of the stream first; reload and decide again. */
export class ConcurrencyConflictError extends Error {
  readonly code = 'COMMIT.CONCURRENCY_CONFLICT';
  constructor(
    readonly stream: string,
    readonly version: number,
  ) {
    super(`${stream} was changed concurrently (version ${version} exists already)`);
    this.name = 'ConcurrencyConflictError';
  }
}

/** The effect of this consumed event on this stream was committed before: a redelivery, nothing to do. */
export class AlreadyAppliedError extends Error {
  readonly code = 'COMMIT.ALREADY_APPLIED';
  constructor(readonly causationKey: string) {
    super(`the effect of ${causationKey} was already committed`);
    this.name = 'AlreadyAppliedError';
  }
}

/**
 * Some versions of a stream still hold a field being redacted, because the relay has not published them yet
 * (Kafka unreachable): redacting them now could be undone by the relay's marking. Repeating the redaction later
 * finishes it.
 */
export class RedactionPendingError extends Error {
  readonly code = 'COMMIT.REDACTION_PENDING';
  constructor(
    readonly stream: string,
    readonly field: string,
    readonly pendingVersions: readonly number[],
  ) {
    super(
      `${field} is still held by unpublished version(s) ${pendingVersions.join(', ')} of ${stream}; try again`,
    );
    this.name = 'RedactionPendingError';
  }
}
