import { backoffAfter, type RetryPolicy, worstCaseBlockingMs } from './retry-policy';

const policy: RetryPolicy = { maxAttempts: 5, initialBackoffMs: 100, maxBackoffMs: 500 };

describe('retry backoff', () => {
  it('doubles the wait after each failed attempt', () => {
    const middle = () => 0.5;

    expect([1, 2, 3].map((attempt) => backoffAfter(attempt, policy, middle))).toEqual([100, 200, 400]);
  });

  it('never waits longer than the cap, jitter included', () => {
    expect(backoffAfter(10, policy, () => 0.5)).toBe(500);
    expect(backoffAfter(10, policy, () => 1)).toBe(600);
  });

  it('spreads waits by up to 20% either way so that consumers do not retry in lockstep', () => {
    expect(backoffAfter(1, policy, () => 0)).toBe(80);
    expect(backoffAfter(1, policy, () => 1)).toBe(120);
  });

  it('bounds how long one poisoned message can hold up its partition', () => {
    expect(worstCaseBlockingMs(policy)).toBe(120 + 240 + 480 + 600);
  });
});
