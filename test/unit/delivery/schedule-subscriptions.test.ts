import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  type SubscriptionSchedule,
  scheduleSubscriptions,
} from "../../../src/delivery/schedule-subscriptions.js";
import type { Subscription } from "../../../src/delivery/subscription.js";
import { silentLogger } from "../../../src/logger.js";
import { createScheduler, type Scheduler } from "../../../src/scheduler.js";
import { openStore } from "../../../src/store/open-store.js";
import type { Store } from "../../../src/store/store.js";
import { makeOutboxBriefing, makeSubscription } from "../store/outbox-factories.js";

let store: Store;
let scheduler: Scheduler;
let schedule: SubscriptionSchedule | undefined;
const slots: { subscription: string; slot: string }[] = [];

beforeEach(async () => {
  store = await openStore("sqlite::memory:");
  scheduler = createScheduler(silentLogger);
  slots.length = 0;
});
afterEach(async () => {
  schedule?.stop();
  await scheduler.stop();
  await store.close();
});

function start(now?: () => Date): SubscriptionSchedule {
  schedule = scheduleSubscriptions({
    store,
    scheduler,
    logger: silentLogger,
    ...(now ? { now } : {}),
    syncEveryMs: 60_000,
    onSlot: async (subscription: Subscription, slot: Date) => {
      slots.push({ subscription: subscription.id, slot: slot.toISOString() });
    },
  });
  return schedule;
}

const waitFor = async (check: () => boolean, timeoutMs = 5_000) => {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe("scheduleSubscriptions", () => {
  it("when a subscription is added after start, then the next sync schedules it and its slots are whole scheduled seconds", async () => {
    const subscriptions = start();
    await subscriptions.sync();
    expect(scheduler.names()).toEqual([]);
    await store.upsertSubscription(
      makeSubscription({ cron: "* * * * * *", timezone: "UTC", createdAt: new Date().toISOString() }),
    );
    await subscriptions.sync();
    expect(scheduler.names()).toEqual(["subscription:sub-1"]);
    await waitFor(() => slots.length >= 2);
    for (const { slot } of slots) expect(slot).toMatch(/\.000Z$/);
    expect(new Set(slots.map(({ slot }) => slot)).size).toBe(slots.length);
  });

  it("when a subscription is removed or paused, then its job stops at the next sync", async () => {
    await store.upsertSubscription(makeSubscription());
    await store.upsertSubscription(makeSubscription({ id: "sub-2", topic: "energy" }));
    const subscriptions = start();
    await subscriptions.sync();
    expect(scheduler.names().sort()).toEqual(["subscription:sub-1", "subscription:sub-2"]);
    await store.removeSubscription("sub-1");
    await store.pauseSubscription("sub-2", "bot removed", new Date().toISOString());
    await subscriptions.sync();
    expect(scheduler.names()).toEqual([]);
  });

  it("when a slot passed while the bot was down, then it is served once at startup; when it was served, not again", async () => {
    const now = () => new Date("2025-11-21T07:30:00Z");
    await store.upsertSubscription(makeSubscription());
    await store.upsertSubscription(makeSubscription({ id: "sub-served", topic: "energy" }));
    await store.recordBriefing(
      makeOutboxBriefing({
        id: "done",
        slot: "2025-11-21T06:00:00.000Z",
        subscriptionId: "sub-served",
        topic: "energy",
      }),
    );
    await start(now).sync();
    expect(slots).toEqual([{ subscription: "sub-1", slot: "2025-11-21T06:00:00.000Z" }]);
  });

  it("when a subscription is created after today's slot, then that slot is not served", async () => {
    await store.upsertSubscription(makeSubscription({ createdAt: "2025-11-21T06:30:00.000Z" }));
    await start(() => new Date("2025-11-21T07:30:00Z")).sync();
    expect(slots).toEqual([]);
  });

  it("when a slot cannot be queued (the store is away), then it is tried again until it is", async () => {
    await store.upsertSubscription(makeSubscription());
    let failures = 2;
    const served: string[] = [];
    schedule = scheduleSubscriptions({
      store,
      scheduler,
      logger: silentLogger,
      now: () => new Date("2025-11-21T07:30:00Z"),
      syncEveryMs: 20,
      onSlot: async (_subscription, slot) => {
        if (failures-- > 0) throw new Error("connect ECONNREFUSED 127.0.0.1:5432");
        served.push(slot.toISOString());
      },
    });
    await schedule.sync();
    await waitFor(() => served.length > 0);
    expect(served).toEqual(["2025-11-21T06:00:00.000Z"]);
  });
});
