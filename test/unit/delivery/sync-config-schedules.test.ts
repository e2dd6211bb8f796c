import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { subscriptionIdFor } from "../../../src/delivery/subscription-id.js";
import { syncConfigSchedules } from "../../../src/delivery/sync-config-schedules.js";
import { openStore } from "../../../src/store/open-store.js";
import type { Store } from "../../../src/store/store.js";

const schedule = {
  channel: "console",
  topic: "peace-plan",
  cron: "0 8 * * *",
  timezone: "Europe/Kyiv",
  workspace: "default",
};
const id = subscriptionIdFor("default", "console", "peace-plan");
let store: Store;
beforeEach(async () => {
  store = await openStore("sqlite::memory:");
});
afterEach(async () => {
  await store.close();
});

describe("syncConfigSchedules", () => {
  it("when config names a schedule, then it becomes a subscription made by config, and follows later config changes", async () => {
    await syncConfigSchedules(store, [schedule], new Date("2025-11-01T00:00:00Z"));
    expect(await store.getSubscription(id)).toMatchObject({
      source: "config",
      createdBy: "config",
      cron: "0 8 * * *",
    });
    await syncConfigSchedules(store, [{ ...schedule, cron: "0 9 * * *" }], new Date("2025-11-02T00:00:00Z"));
    expect(await store.getSubscription(id)).toMatchObject({
      cron: "0 9 * * *",
      createdAt: "2025-11-01T00:00:00.000Z",
    });
  });

  it("when an admin changed the subscription in chat, then a restart with the old config keeps the admin's change", async () => {
    await syncConfigSchedules(store, [schedule], new Date("2025-11-01T00:00:00Z"));
    const seeded = await store.getSubscription(id);
    if (!seeded) throw new Error("expected the seeded subscription");
    await store.upsertSubscription({
      ...seeded,
      cron: "30 6 * * *",
      source: "admin",
      updatedBy: "discord:42",
    });
    await syncConfigSchedules(store, [schedule], new Date("2025-11-03T00:00:00Z"));
    expect(await store.getSubscription(id)).toMatchObject({ cron: "30 6 * * *", source: "admin" });
  });

  it("when config no longer names a seeded schedule, then it is removed, and admins' subscriptions stay", async () => {
    await syncConfigSchedules(
      store,
      [schedule, { ...schedule, topic: "energy" }],
      new Date("2025-11-01T00:00:00Z"),
    );
    const energy = await store.getSubscription(subscriptionIdFor("default", "console", "energy"));
    if (!energy) throw new Error("expected the energy subscription");
    await store.upsertSubscription({ ...energy, source: "admin" });
    await syncConfigSchedules(store, [], new Date("2025-11-02T00:00:00Z"));
    expect((await store.listSubscriptions()).map((s) => s.topic)).toEqual(["energy"]);
  });

  it("when a paused config subscription meets a restart, then it is resumed", async () => {
    await syncConfigSchedules(store, [schedule], new Date("2025-11-01T00:00:00Z"));
    await store.pauseSubscription(id, "webhook refused the post (404)", "2025-11-01T08:00:00Z");
    await syncConfigSchedules(store, [schedule], new Date("2025-11-02T00:00:00Z"));
    expect((await store.getSubscription(id))?.pausedReason).toBeNull();
  });
});
