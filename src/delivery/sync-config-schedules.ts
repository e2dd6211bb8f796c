import type { ScheduleConfig } from "../config/config-schema.js";
import type { SubscriptionStore } from "../store/subscription-queries.js";
import type { Subscription } from "./subscription.js";
import { subscriptionIdFor } from "./subscription-id.js";

/**
 * Seed the subscriptions named in config `schedules` into the store. A seeded one follows the
 * config (its cron and time zone are updated, and it is removed when the config no longer names
 * it); once an admin changed it from chat it is theirs, and a restart never undoes that.
 */
export async function syncConfigSchedules(
  store: SubscriptionStore,
  schedules: ScheduleConfig[],
  now: Date,
): Promise<void> {
  const at = now.toISOString();
  const wanted = new Set<string>();
  for (const schedule of schedules) {
    const id = subscriptionIdFor(schedule.workspace, schedule.channel, schedule.topic);
    wanted.add(id);
    const existing = await store.getSubscription(id);
    if (existing?.source === "admin") continue;
    // A restart is how an operator says "try again" after fixing what paused a config subscription.
    const unchanged = existing && existing.cron === schedule.cron && existing.timezone === schedule.timezone;
    if (unchanged && existing.pausedReason === null) continue;
    const subscription: Subscription = {
      id,
      workspaceId: schedule.workspace,
      channel: schedule.channel,
      topic: schedule.topic,
      cron: schedule.cron,
      timezone: schedule.timezone,
      source: "config",
      createdBy: "config",
      createdAt: existing?.createdAt ?? at,
      updatedBy: "config",
      updatedAt: at,
      pausedReason: null,
    };
    await store.upsertSubscription(subscription);
  }
  for (const subscription of await store.listSubscriptions()) {
    if (subscription.source === "config" && !wanted.has(subscription.id)) {
      await store.removeSubscription(subscription.id);
    }
  }
}
