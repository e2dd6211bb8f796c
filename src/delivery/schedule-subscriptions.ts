import type { Logger } from "../logger.js";
import type { Scheduler } from "../scheduler.js";
import type { SubscriptionStore } from "../store/subscription-queries.js";
import { nextSlot } from "./next-slot.js";
import type { Subscription } from "./subscription.js";

export interface SubscriptionSchedule {
  /**
   * Read the subscriptions from the store and schedule what changed since the last sync: new ones
   * start, changed ones are rescheduled, removed and paused ones stop. A subscription's latest
   * slot that passed while nothing was scheduled (the bot was down) is served at once.
   */
  sync(): Promise<void>;
  /** Stop the periodic sync (jobs stop with the scheduler). */
  stop(): void;
}

/**
 * Keep one cron job per active subscription, in step with the store: at once after a change made
 * here (`sync()` from the command that made it), and every `syncEveryMs` for changes made by other
 * replicas. `onSlot` is idempotent per slot (the outbox's unique key), so two replicas firing the
 * same slot make one briefing. A slot that could not be queued (the store unreachable) is tried
 * again at every sync until it is, so an outage delays a briefing but never loses it.
 */
export function scheduleSubscriptions(deps: {
  store: SubscriptionStore & { lastSlotOf(subscriptionId: string): Promise<string | undefined> };
  scheduler: Scheduler;
  logger: Logger;
  onSlot: (subscription: Subscription, slot: Date) => Promise<void>;
  now?: () => Date;
  syncEveryMs?: number;
}): SubscriptionSchedule {
  const now = deps.now ?? (() => new Date());
  const scheduled = new Map<string, string>();
  let syncing: Promise<void> | undefined;
  // Slots whose briefing could not be queued (the store was away): tried again until they are.
  const unserved = new Map<string, { subscription: Subscription; slot: Date }>();
  const serve = async (subscription: Subscription, slot: Date) => {
    try {
      await deps.onSlot(subscription, slot);
      unserved.delete(`${subscription.id}@${slot.toISOString()}`);
    } catch (error) {
      unserved.set(`${subscription.id}@${slot.toISOString()}`, { subscription, slot });
      deps.logger.error("slot not queued yet; will try again", {
        subscription: subscription.id,
        slot: slot.toISOString(),
        error,
      });
    }
  };

  const syncOnce = async () => {
    const active = (await deps.store.listSubscriptions()).filter((s) => s.pausedReason === null);
    const wanted = new Map(active.map((s) => [s.id, s]));
    for (const id of scheduled.keys()) {
      if (!wanted.has(id)) {
        await deps.scheduler.remove(jobName(id));
        scheduled.delete(id);
        deps.logger.info("subscription unscheduled", { subscription: id });
      }
    }
    for (const subscription of active) {
      const signature = `${subscription.cron}|${subscription.timezone}|${subscription.topic}|${subscription.channel}`;
      if (scheduled.get(subscription.id) === signature) continue;
      const isNew = !scheduled.has(subscription.id);
      deps.scheduler.add(jobName(subscription.id), subscription.cron, subscription.timezone, (slot) =>
        serve(subscription, slot),
      );
      scheduled.set(subscription.id, signature);
      deps.logger.info("subscription scheduled", {
        subscription: subscription.id,
        channel: subscription.channel,
        topic: subscription.topic,
        cron: subscription.cron,
        timezone: subscription.timezone,
        next: nextSlot(subscription.cron, subscription.timezone, now())?.toISOString() ?? "never",
      });
      if (isNew) await catchUp(subscription);
    }
  };

  // The latest slot before now, when nothing was recorded for it: the bot was down at that time.
  const catchUp = async (subscription: Subscription) => {
    const missed = nextSlot(subscription.cron, subscription.timezone, new Date(now().getTime() - 1_000), -1);
    if (missed === null) return;
    const last = (await deps.store.lastSlotOf(subscription.id)) ?? subscription.createdAt;
    if (missed.getTime() <= Date.parse(last)) return;
    deps.logger.info("serving a slot missed while nothing was scheduled", {
      subscription: subscription.id,
      slot: missed.toISOString(),
    });
    await serve(subscription, missed);
  };

  const sync = async () => {
    // One sync at a time; a sync asked for meanwhile runs right after.
    const previous = syncing ?? Promise.resolve();
    const next = previous.then(syncOnce, syncOnce);
    syncing = next;
    try {
      await next;
    } finally {
      if (syncing === next) syncing = undefined;
    }
  };
  const timer = setInterval(() => {
    for (const { subscription, slot } of [...unserved.values()]) void serve(subscription, slot);
    sync().catch((error: unknown) => deps.logger.error("subscription sync failed", { error }));
  }, deps.syncEveryMs ?? 10_000);
  timer.unref();
  return { sync, stop: () => clearInterval(timer) };
}

function jobName(subscriptionId: string): string {
  return `subscription:${subscriptionId}`;
}
