import { describe, expect, it } from "vitest";
import { runCrashScenario } from "../support/cluster/crash-scenario.js";

describe.each(["sqlite", "postgres"] as const)("crash safety on %s", (database) => {
  it("when the bot is killed with SIGKILL during ingest, during a send and after the platform accepted a post, again and again, then nothing is lost or doubled and the database is sound", async () => {
    const outcome = await runCrashScenario({ database, rounds: 3, subscriptions: 2 });
    expect(outcome.expected).toBeGreaterThan(0);
    expect(outcome).toMatchObject({ duplicates: 0, missing: 0, unsent: 0, pendingArticles: 0 });
    expect(outcome.articles).toBe(outcome.itemsServed);
    expect(outcome.integrity).toBe(database === "sqlite" ? "ok" : "n/a");
  }, 120_000);
});
