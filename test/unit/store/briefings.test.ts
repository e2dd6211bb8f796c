import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../../src/store/store.js";
import { storeBackends } from "../../support/test-stores.js";
import { makeBriefing } from "../briefing/support/make-briefing.js";
import { makeOutboxBriefing } from "./outbox-factories.js";

const slot = "2025-11-21T06:00:00.000Z";
const lease = (now: string, owner = "replica-a") => ({
  now,
  limit: 10,
  owner,
  leaseUntil: new Date(Date.parse(now) + 60_000).toISOString(),
});

describe.each(storeBackends)("the briefing outbox in the $name store", (backend) => {
  let store: Store;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it("when a slot is recorded twice, then only the first record counts and it keeps its composed briefing", async () => {
    expect(await store.recordBriefing(makeOutboxBriefing({ id: "b1", slot }))).toBe(true);
    expect(await store.recordBriefing(makeOutboxBriefing({ id: "b2", slot }))).toBe(false);
    expect(await store.getBriefing("b2")).toBeUndefined();
    const stored = await store.getBriefing("b1");
    expect(stored).toMatchObject({ slot, status: "pending", attempts: 0, postedAt: null, messageIds: [] });
    expect(stored?.briefing).toEqual(makeBriefing());
  });

  it("when two processes record the same slot at once, then exactly one wins", async () => {
    const results = await Promise.all([
      store.recordBriefing(makeOutboxBriefing({ id: "x1", slot })),
      store.recordBriefing(makeOutboxBriefing({ id: "x2", slot })),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("when due briefings are claimed, then each counts an attempt and is held until its lease ends", async () => {
    await store.recordBriefing(makeOutboxBriefing({ id: "due", slot }));
    await store.recordBriefing(makeOutboxBriefing({ id: "later", slot: "2025-11-22T06:00:00.000Z" }));
    const first = await store.claimDueBriefings(lease("2025-11-21T06:00:01.000Z"));
    expect(first.map((briefing) => [briefing.id, briefing.attempts])).toEqual([["due", 1]]);
    expect(await store.claimDueBriefings(lease("2025-11-21T06:00:30.000Z", "replica-b"))).toEqual([]);
    // The holder died: after the lease another sender takes it, with the attempt counted again.
    const again = await store.claimDueBriefings(lease("2025-11-21T06:01:02.000Z", "replica-b"));
    expect(again.map((briefing) => [briefing.id, briefing.attempts])).toEqual([["due", 2]]);
  });

  it("when senders claim at the same moment, then no briefing goes to two of them", async () => {
    for (let index = 0; index < 20; index++) {
      await store.recordBriefing(makeOutboxBriefing({ id: `b${index}`, slot, channel: `slack:C${index}` }));
    }
    const claims = await Promise.all(
      ["a", "b", "c"].map((owner) =>
        store.claimDueBriefings({ ...lease("2025-11-21T06:00:01.000Z", owner), limit: 20 }),
      ),
    );
    const ids = claims.flat().map((briefing) => briefing.id);
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(20);
  });

  it("when a send fails, then the briefing waits until its next attempt, keeps the reason, and can be given up", async () => {
    await store.recordBriefing(makeOutboxBriefing({ id: "b1", slot }));
    await store.claimDueBriefings(lease("2025-11-21T06:00:01.000Z"));
    await store.retryBriefingLater("b1", {
      nextAttemptAt: "2025-11-21T06:05:00.000Z",
      error: "slack answered 500",
    });
    expect(await store.claimDueBriefings(lease("2025-11-21T06:04:59.000Z"))).toEqual([]);
    expect(await store.unsentBriefings({ workspaceId: "T1" }, 5)).toMatchObject([
      { id: "b1", status: "pending", lastError: "slack answered 500" },
    ]);
    await store.claimDueBriefings(lease("2025-11-21T06:05:00.000Z"));
    await store.markBriefingFailed("b1", "gave up after 2 attempts: slack answered 500");
    expect(await store.getBriefing("b1")).toMatchObject({ status: "failed", attempts: 2 });
    expect(await store.claimDueBriefings(lease("2025-11-22T00:00:00.000Z"))).toEqual([]);
    expect(await store.countBriefingsByStatus()).toEqual({ pending: 0, sent: 0, failed: 1, superseded: 0 });
  });

  it("when a later slot supersedes waiting briefings, then only tried, unheld earlier ones of that subscription are superseded", async () => {
    await store.recordBriefing(makeOutboxBriefing({ id: "d19", slot: "2025-11-19T06:00:00.000Z" }));
    await store.recordBriefing(
      makeOutboxBriefing({ id: "d20", slot: "2025-11-20T06:00:00.000Z", attempts: 2 }),
    );
    await store.recordBriefing(makeOutboxBriefing({ id: "d20b", slot: "2025-11-20T12:00:00.000Z" }));
    await store.recordBriefing(
      makeOutboxBriefing({
        id: "other",
        slot: "2025-11-20T06:00:00.000Z",
        subscriptionId: "sub-2",
        channel: "slack:C9",
        attempts: 1,
      }),
    );
    // d19 is being sent right now by another replica: it is left alone.
    await store.claimDueBriefings({ ...lease("2025-11-19T06:00:01.000Z"), limit: 1 });
    const superseded = await store.supersedePending(
      "sub-1",
      "2025-11-21T06:00:00.000Z",
      "2025-11-19T06:00:02.000Z",
    );
    expect(superseded).toEqual([{ id: "d20", since: "2025-11-19T06:00:00.000Z" }]);
    // d20b was never tried: it is only queued, and goes out in turn.
    expect((await store.getBriefing("d20b"))?.status).toBe("pending");
    expect((await store.getBriefing("other"))?.status).toBe("pending");
  });

  it("when briefings are sent, then the last sent one per channel and topic is found, and the latest slot per subscription", async () => {
    await store.recordBriefing(makeOutboxBriefing({ id: "d20", slot: "2025-11-20T06:00:00Z" }));
    await store.recordBriefing(makeOutboxBriefing({ id: "d21", slot: "2025-11-21T06:00:00Z" }));
    await store.recordBriefing(
      makeOutboxBriefing({
        id: "other",
        slot: "2025-11-22T06:00:00Z",
        channel: "slack:C999",
        subscriptionId: "sub-9",
      }),
    );
    expect(await store.lastPostedBriefing("slack:C042", "T1", "peace-plan")).toBeUndefined();
    await store.markBriefingPosted("d20", ["1732168800.000100"], "2025-11-20T06:00:02Z");
    await store.markBriefingPosted("other", ["1"], "2025-11-22T06:00:02Z");
    expect(await store.lastPostedBriefing("slack:C042", "T1", "peace-plan")).toMatchObject({
      id: "d20",
      status: "sent",
      postedAt: "2025-11-20T06:00:02.000Z",
      messageIds: ["1732168800.000100"],
    });
    expect(await store.lastSlotOf("sub-1")).toBe("2025-11-21T06:00:00.000Z");
    expect(await store.lastSlotOf("sub-none")).toBeUndefined();
  });
});
