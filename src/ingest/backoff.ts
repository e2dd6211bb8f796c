/**
 * When to try a failing feed again: interval × 2^(failures−1), capped at `maxBackoffMinutes`,
 * with ±10% jitter so feeds that failed together (one outage) do not retry in lockstep.
 */
export function nextPollAfterFailure(options: {
  now: Date;
  /** Consecutive failures including this one (≥ 1). */
  failures: number;
  intervalMinutes: number;
  maxBackoffMinutes: number;
  random?: () => number;
}): Date {
  const exponent = Math.min(Math.max(options.failures - 1, 0), 30);
  const minutes = Math.min(options.intervalMinutes * 2 ** exponent, options.maxBackoffMinutes);
  const jitter = 1 + ((options.random ?? Math.random)() * 0.2 - 0.1);
  return new Date(options.now.getTime() + minutes * jitter * 60_000);
}
