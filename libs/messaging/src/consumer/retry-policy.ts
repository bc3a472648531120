/** How a failing handler is retried before its message is dead-lettered. */
export interface RetryPolicy {
  /** Attempts in all, the first included; at least 1. */
  maxAttempts: number;
  /** Wait before the second attempt; doubles for each later one. */
  initialBackoffMs: number;
  /** No single wait is longer than this. */
  maxBackoffMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  initialBackoffMs: 200,
  maxBackoffMs: 5_000,
};

/** The wait after failed attempt `attempt` (1-based): exponential, capped, with ±20% jitter. */
export function backoffAfter(
  attempt: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  const exponential = policy.initialBackoffMs * 2 ** (attempt - 1);
  const capped = Math.min(exponential, policy.maxBackoffMs);
  return Math.round(capped * (0.8 + 0.4 * random()));
}

/** The longest a partition can be held up by one failing message: the sum of all waits (jitter included). */
export function worstCaseBlockingMs(policy: RetryPolicy): number {
  let total = 0;
  for (let attempt = 1; attempt < policy.maxAttempts; attempt += 1)
    total += backoffAfter(attempt, policy, () => 1);
  return total;
}
