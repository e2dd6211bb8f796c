import { describe, expect, it } from "vitest";
import { nextPollAfterFailure } from "../../../src/ingest/backoff.js";

describe("backoff", () => {
  const now = new Date("2025-11-20T00:00:00Z");
  const minutesAfter = (failures: number, random = 0.5) =>
    (nextPollAfterFailure({
      now,
      failures,
      intervalMinutes: 10,
      maxBackoffMinutes: 360,
      random: () => random,
    }).getTime() -
      now.getTime()) /
    60_000;

  it("when failures accumulate, then the wait doubles from one interval up to the cap", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((failures) => minutesAfter(failures))).toEqual([
      10, 20, 40, 80, 160, 320, 360, 360,
    ]);
  });

  it("when jitter is applied, then the wait stays within ten percent", () => {
    expect(minutesAfter(2, 0)).toBeCloseTo(18);
    expect(minutesAfter(2, 0.999999)).toBeCloseTo(22);
  });
});
