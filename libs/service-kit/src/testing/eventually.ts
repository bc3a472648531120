export interface EventuallyOptions {
  /** How long to keep trying; 20 s by default. */
  timeoutMs?: number;
  /** The pause between two tries; 50 ms by default. */
  intervalMs?: number;
  /** What is awaited, for the timeout's message, e.g. 'the event was published'. */
  what?: string;
}

/**
 * Tries `probe` until it answers a value: a probe that throws (a failed `expect`) or answers undefined is not
 * satisfied yet. Answers the probe's value; after the timeout throws the probe's last error, or names `what`.
 * An assertion-only probe returns something once it passes, e.g. `async () => { expect(…); return true; }`.
 */
export async function eventually<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  timeout: number | EventuallyOptions = {},
): Promise<T> {
  const {
    timeoutMs = 20_000,
    intervalMs = 50,
    what,
  } = typeof timeout === 'number' ? { timeoutMs: timeout } : timeout;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let failure: Error | undefined;
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      failure = error instanceof Error ? error : new Error(JSON.stringify(error));
    }
    if (Date.now() > deadline) {
      if (failure !== undefined) throw failure;
      throw new Error(
        `timed out after ${timeoutMs} ms waiting until ${what ?? 'the probe answered a value'}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
