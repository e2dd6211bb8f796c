import { describe, expect, it } from "vitest";
import { subscriptionIdFor } from "../../../src/delivery/subscription-id.js";
import { storeBackends } from "../../support/test-stores.js";
import { makeContext, makeRequest } from "./support/command-context.js";
import { useCommandHarness } from "./support/command-harness.js";
import { makeTopic } from "./support/seed.js";

const admin = (overrides = {}) => makeContext({ admin: true, ...overrides });

describe("/subscribe and /unsubscribe", () => {
  const harness = useCommandHarness(storeBackends[0] as (typeof storeBackends)[number]);

  it("when an admin subscribes at a time in a zone, then the row is stored and the answer gives the next delivery in that zone", async () => {
    const h = harness();
    await h.store.upsertTopic(makeTopic());
    const { reply, text } = await h.ask(
      makeRequest(
        "subscribe",
        { topic: "peace-plan", time: "9:30", timezone: "europe/kyiv" },
        { context: admin() },
      ),
    );
    expect(reply.tone).toBe("success");
    expect(text).toContain("Subscribed: Peace plan for Ukraine every day at 09:30 Europe/Kyiv.");
    // 06:00 UTC on Fri 21 Nov is 08:00 in Kyiv: today's 09:30 is still ahead.
    expect(text).toContain("Next briefing: Fri 21 Nov 2025, 09:30 Europe/Kyiv.");
    const id = subscriptionIdFor("T0WORK", "slack:C0CHAN", "peace-plan");
    expect(await h.store.getSubscription(id)).toEqual({
      id,
      workspaceId: "T0WORK",
      channel: "slack:C0CHAN",
      topic: "peace-plan",
      cron: "30 9 * * *",
      timezone: "Europe/Kyiv",
      source: "admin",
      createdBy: "slack:U0USER",
      createdAt: "2025-11-21T06:00:00.000Z",
      updatedBy: "slack:U0USER",
      updatedAt: "2025-11-21T06:00:00.000Z",
      pausedReason: null,
    });
    expect(h.subscriptionChanges).toBe(1);
    expect(await h.store.listAdminChanges("T0WORK", 1)).toEqual([
      expect.objectContaining({
        action: "subscribe",
        target: "slack:C0CHAN peace-plan",
        detail: "09:30 Europe/Kyiv",
      }),
    ]);
  });

  it("when no time or zone is given, then it is 08:00 UTC, and the next delivery is today's", async () => {
    const h = harness();
    await h.store.upsertTopic(makeTopic());
    const { text } = await h.ask(makeRequest("subscribe", { topic: "peace-plan" }, { context: admin() }));
    expect(text).toContain("every day at 08:00 UTC.");
    expect(text).toContain("Next briefing: Fri 21 Nov 2025, 08:00 UTC.");
  });

  it("when the channel already has a zone, then a new subscription without one takes it", async () => {
    const h = harness();
    await h.store.upsertTopic(makeTopic());
    await h.store.upsertTopic(makeTopic({ name: "grain", query: "grain" }));
    await h.ask(
      makeRequest("subscribe", { topic: "peace-plan", timezone: "America/New_York" }, { context: admin() }),
    );
    const { text } = await h.ask(
      makeRequest("subscribe", { topic: "grain", time: "07:00" }, { context: admin() }),
    );
    expect(text).toContain("every day at 07:00 America/New_York.");
    expect(text).toContain("Next briefing: Fri 21 Nov 2025, 07:00 America/New_York.");
  });

  it("when an admin subscribes again, then the time changes, the creator stays and the answer says it changed", async () => {
    const h = harness();
    await h.store.upsertTopic(makeTopic());
    await h.ask(makeRequest("subscribe", { topic: "peace-plan" }, { context: admin({ userId: "U0FIRST" }) }));
    const { text } = await h.ask(
      makeRequest("subscribe", { topic: "peace-plan", time: "18:45" }, { context: admin() }),
    );
    expect(text).toContain("Subscription changed: Peace plan for Ukraine every day at 18:45 UTC.");
    const [stored] = await h.store.listSubscriptions();
    expect(stored).toMatchObject({
      cron: "45 18 * * *",
      createdBy: "slack:U0FIRST",
      updatedBy: "slack:U0USER",
    });
    expect(h.subscriptionChanges).toBe(2);
  });

  it("when an admin changes only the time, then the subscription keeps its own zone", async () => {
    const h = harness();
    await h.store.upsertTopic(makeTopic());
    await h.store.upsertTopic(makeTopic({ name: "grain", query: "grain" }));
    await h.ask(makeRequest("subscribe", { topic: "grain", timezone: "Asia/Tokyo" }, { context: admin() }));
    await h.ask(
      makeRequest("subscribe", { topic: "peace-plan", timezone: "Europe/Kyiv" }, { context: admin() }),
    );
    const { text } = await h.ask(
      makeRequest("subscribe", { topic: "peace-plan", time: "10:00" }, { context: admin() }),
    );
    expect(text).toContain("every day at 10:00 Europe/Kyiv.");
  });

  it("when the scheduler cannot be told, then the subscription still stands and the failure is logged", async () => {
    const h = harness();
    await h.store.upsertTopic(makeTopic());
    const handler = h.handler({ subscriptionsChanged: () => Promise.reject(new Error("scheduler down")) });
    const reply = await handler.handle(
      makeRequest("subscribe", { topic: "peace-plan" }, { context: admin() }),
    );
    expect(reply.tone).toBe("success");
    expect(await h.store.listSubscriptions()).toHaveLength(1);
    expect(h.logs.some((line) => line.level === "warn" && line.message.includes("subscription change"))).toBe(
      true,
    );
  });

  it("when an admin unsubscribes one topic, then only that subscription of this channel goes", async () => {
    const h = harness();
    await h.store.upsertTopic(makeTopic());
    await h.store.upsertTopic(makeTopic({ name: "grain", query: "grain" }));
    await h.ask(makeRequest("subscribe", { topic: "peace-plan" }, { context: admin() }));
    await h.ask(makeRequest("subscribe", { topic: "grain" }, { context: admin() }));
    await h.ask(makeRequest("subscribe", { topic: "grain" }, { context: admin({ channelId: "C0OTHER" }) }));
    const { reply } = await h.ask(makeRequest("unsubscribe", { topic: "grain" }, { context: admin() }));
    expect(reply.title).toBe("Unsubscribed from grain: this channel gets no more briefings of it.");
    expect((await h.store.listSubscriptions()).map((s) => `${s.channel} ${s.topic}`)).toEqual([
      "slack:C0CHAN peace-plan",
      "slack:C0OTHER grain",
    ]);
    expect(h.subscriptionChanges).toBe(4);
  });

  it("when an admin unsubscribes without a topic, then all of this channel's subscriptions go, each recorded", async () => {
    const h = harness();
    await h.store.upsertTopic(makeTopic());
    await h.store.upsertTopic(makeTopic({ name: "grain", query: "grain" }));
    await h.ask(makeRequest("subscribe", { topic: "peace-plan" }, { context: admin() }));
    await h.ask(makeRequest("subscribe", { topic: "grain" }, { context: admin() }));
    const { text } = await h.ask(makeRequest("unsubscribe", {}, { context: admin() }));
    expect(text).toContain("Unsubscribed from grain, peace-plan");
    expect(await h.store.listSubscriptions()).toEqual([]);
    const actions = (await h.store.listAdminChanges("T0WORK", 10)).map((change) => change.action);
    expect(actions.filter((action) => action === "unsubscribe")).toHaveLength(2);
  });

  it("when a channel without subscriptions unsubscribes, then it is told so", async () => {
    const h = harness();
    const { reply } = await h.ask(makeRequest("unsubscribe", {}, { context: admin() }));
    expect(reply).toMatchObject({ title: "This channel has no subscriptions.", tone: "info" });
    expect(h.subscriptionChanges).toBe(0);
  });
});
