import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { BriefingRecord } from "../../../src/delivery/briefing-record.js";
import type { Store } from "../../../src/store/store.js";
import { storeBackends } from "../../support/test-stores.js";

const makeBriefing = (overrides: Partial<BriefingRecord> & { id: string; slot: string }): BriefingRecord => ({
  channel: "slack:C042",
  workspaceId: "T1",
  topic: "peace-plan",
  since: new Date(Date.parse(overrides.slot) - 86_400_000).toISOString(),
  until: overrides.slot,
  createdAt: overrides.slot,
  postedAt: null,
  messageIds: [],
  ...overrides,
});

describe.each(storeBackends)("the briefing ledger in the $name store", (backend) => {
  let store: Store;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it("when a slot is recorded twice, then only the first record counts", async () => {
    const slot = "2025-11-21T06:00:00.000Z";
    expect(await store.recordBriefing(makeBriefing({ id: "b1", slot }))).toBe(true);
    expect(await store.recordBriefing(makeBriefing({ id: "b2", slot }))).toBe(false);
    expect(await store.getBriefing("b2")).toBeUndefined();
    expect(await store.getBriefing("b1")).toMatchObject({ slot, postedAt: null, messageIds: [] });
  });

  it("when two processes record the same slot at once, then exactly one wins", async () => {
    const slot = "2025-11-21T06:00:00.000Z";
    const results = await Promise.all([
      store.recordBriefing(makeBriefing({ id: "x1", slot })),
      store.recordBriefing(makeBriefing({ id: "x2", slot })),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("when briefings are posted, then the last posted one per channel and topic is found", async () => {
    await store.recordBriefing(makeBriefing({ id: "d20", slot: "2025-11-20T06:00:00Z" }));
    await store.recordBriefing(makeBriefing({ id: "d21", slot: "2025-11-21T06:00:00Z" }));
    await store.recordBriefing(
      makeBriefing({ id: "other", slot: "2025-11-22T06:00:00Z", channel: "slack:C999" }),
    );
    expect(await store.lastPostedBriefing("slack:C042", "T1", "peace-plan")).toBeUndefined();
    await store.markBriefingPosted("d20", ["1732168800.000100"], "2025-11-20T06:00:02Z");
    await store.markBriefingPosted("other", ["1"], "2025-11-22T06:00:02Z");
    const last = await store.lastPostedBriefing("slack:C042", "T1", "peace-plan");
    expect(last).toMatchObject({
      id: "d20",
      postedAt: "2025-11-20T06:00:02.000Z",
      messageIds: ["1732168800.000100"],
    });
  });
});
