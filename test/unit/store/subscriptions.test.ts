import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../../src/store/store.js";
import { storeBackends } from "../../support/test-stores.js";
import { makeSubscription } from "./outbox-factories.js";

describe.each(storeBackends)("subscriptions and admin changes in the $name store", (backend) => {
  let store: Store;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it("when a subscription is saved again, then its schedule and editor change while its creator stays", async () => {
    await store.upsertSubscription(makeSubscription());
    const changed = await store.upsertSubscription(
      makeSubscription({
        cron: "30 9 * * *",
        timezone: "UTC",
        createdBy: "slack:U2",
        createdAt: "2025-11-05T00:00:00.000Z",
        updatedBy: "slack:U2",
        updatedAt: "2025-11-05T00:00:00.000Z",
      }),
    );
    expect(changed).toMatchObject({
      cron: "30 9 * * *",
      timezone: "UTC",
      createdBy: "slack:U1",
      createdAt: "2025-11-01T00:00:00.000Z",
      updatedBy: "slack:U2",
      updatedAt: "2025-11-05T00:00:00.000Z",
    });
    expect(await store.listSubscriptions()).toHaveLength(1);
  });

  it("when subscriptions are listed by workspace or channel, then only those come back", async () => {
    await store.upsertSubscription(makeSubscription());
    await store.upsertSubscription(makeSubscription({ id: "sub-2", topic: "energy" }));
    await store.upsertSubscription(makeSubscription({ id: "sub-3", workspaceId: "T2", channel: "slack:C7" }));
    expect((await store.listSubscriptions({ workspaceId: "T1" })).map((s) => s.id)).toEqual([
      "sub-2",
      "sub-1",
    ]);
    expect((await store.listSubscriptions({ channel: "slack:C7" })).map((s) => s.id)).toEqual(["sub-3"]);
    expect(await store.removeSubscription("sub-2")).toBe(true);
    expect(await store.removeSubscription("sub-2")).toBe(false);
    expect(await store.getSubscription("sub-2")).toBeUndefined();
  });

  it("when a subscription is paused and then subscribed again, then the pause is lifted", async () => {
    await store.upsertSubscription(makeSubscription());
    await store.pauseSubscription(
      "sub-1",
      "the bot was removed from the channel",
      "2025-11-10T00:00:00.000Z",
    );
    expect((await store.getSubscription("sub-1"))?.pausedReason).toBe("the bot was removed from the channel");
    await store.upsertSubscription(makeSubscription({ updatedAt: "2025-11-11T00:00:00.000Z" }));
    expect((await store.getSubscription("sub-1"))?.pausedReason).toBeNull();
  });

  it("when admins change things, then each change is kept with who and when, newest first per workspace", async () => {
    const change = {
      workspaceId: "T1",
      actor: "slack:U1",
      target: "peace-plan",
      detail: "Witkoff OR Dmitriev",
    };
    await store.recordAdminChange({ ...change, action: "topic.add", at: "2025-11-20T10:00:00Z" });
    await store.recordAdminChange({
      ...change,
      action: "topic.remove",
      detail: null,
      at: "2025-11-21T10:00:00Z",
    });
    await store.recordAdminChange({
      ...change,
      workspaceId: "T2",
      action: "subscribe",
      at: "2025-11-22T10:00:00Z",
    });
    expect(await store.listAdminChanges("T1", 10)).toEqual([
      { ...change, action: "topic.remove", detail: null, at: "2025-11-21T10:00:00.000Z" },
      { ...change, action: "topic.add", at: "2025-11-20T10:00:00.000Z" },
    ]);
  });
});
