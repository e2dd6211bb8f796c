/** How a failed send is retried: exponential backoff with jitter, bounded, then given up. */
export interface RetryPolicy {
  /** Attempts in all, the first included; the briefing is marked failed after the last. */
  maxAttempts: number;
  /** Wait after the first failure. */
  baseDelayMs: number;
  /** No wait is longer than this (a Retry-After from the platform is honoured beyond it). */
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 8,
  baseDelayMs: 15_000,
  maxDelayMs: 15 * 60_000,
};

/**
 * The wait before attempt `attempts + 1`: base × 2^(attempts−1), capped, with ±25% jitter so that
 * many briefings failing together (a platform outage) do not all retry in the same second; never
 * shorter than the platform's Retry-After.
 */
export function retryDelayMs(
  policy: RetryPolicy,
  attempts: number,
  retryAfterMs: number | undefined,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  const jittered = exponential * (0.75 + random() * 0.5);
  return Math.round(Math.max(jittered, retryAfterMs ?? 0));
}
