import { describe, expect, it } from "vitest";
import { retryDelayMs } from "../../../src/delivery/retry-policy.js";

const policy = { maxAttempts: 8, baseDelayMs: 1_000, maxDelayMs: 10_000 };

describe("retryDelayMs", () => {
  it("when attempts fail in a row, then waits double up to the cap, within ±25% jitter", () => {
    const middle = () => 0.5;
    expect([1, 2, 3, 4, 5, 6].map((attempt) => retryDelayMs(policy, attempt, undefined, middle))).toEqual([
      1_000, 2_000, 4_000, 8_000, 10_000, 10_000,
    ]);
    expect(retryDelayMs(policy, 1, undefined, () => 0)).toBe(750);
    expect(retryDelayMs(policy, 1, undefined, () => 0.999_999)).toBe(1_250);
  });

  it("when the platform says Retry-After, then the wait is never shorter", () => {
    expect(retryDelayMs(policy, 1, 45_000, () => 0.5)).toBe(45_000);
  });
});
