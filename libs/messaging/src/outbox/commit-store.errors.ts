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
