import { describe, expect, it } from "vitest";
import { runReplicaScenario } from "../support/cluster/replica-scenario.js";

describe("three replicas on one PostgreSQL", () => {
  it("when one replica is killed with SIGKILL and started again midway, then every subscription gets exactly one briefing per slot and each feed is fetched once per interval", async () => {
    const feedIntervalSeconds = 4;
    const outcome = await runReplicaScenario({
      replicas: 3,
      subscriptions: 3,
      seconds: 26,
      kill: { replica: 1, killAt: 8, restartAt: 11 },
      feeds: 3,
      feedIntervalSeconds,
    });
    expect(outcome.slots).toBeGreaterThanOrEqual(20);
    expect({
      delivered: outcome.delivered,
      duplicates: outcome.duplicates,
      missing: outcome.missing,
    }).toEqual({
      delivered: outcome.expected,
      duplicates: 0,
      missing: 0,
    });
    for (const feed of outcome.feeds) {
      // Once per interval across all replicas: never two fetches much closer than the interval.
      expect(feed.minGapSeconds).toBeGreaterThan(feedIntervalSeconds * 0.8);
      expect(feed.fetches).toBeGreaterThanOrEqual(6);
    }
  }, 120_000);
});
