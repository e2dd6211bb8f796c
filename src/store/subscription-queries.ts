import type { Kysely, Selectable } from "kysely";
import type { Subscription } from "../delivery/subscription.js";
import type { Database, SubscriptionTable } from "./database-schema.js";
import { isoTime } from "./iso-time.js";

/** Channels' standing orders for briefings. */
export interface SubscriptionStore {
  /**
   * Insert a subscription, or change the schedule of the one with the same id: `cron`, `timezone`,
   * `source`, `updatedBy` and `updatedAt` follow the input, `createdBy`/`createdAt` stay, and a
   * pause is lifted (an admin subscribing again means "try again"). Returns the stored row.
   */
  upsertSubscription(subscription: Subscription): Promise<Subscription>;
  getSubscription(id: string): Promise<Subscription | undefined>;
  /** Subscriptions, optionally of one workspace and/or channel, by channel then topic. */
  listSubscriptions(filter?: { workspaceId?: string; channel?: string }): Promise<Subscription[]>;
  /** Remove one; false when it did not exist. */
  removeSubscription(id: string): Promise<boolean>;
  /** Pause deliveries with a reason admins will see, or resume them with null. */
  pauseSubscription(id: string, reason: string | null, at: string): Promise<void>;
}

/** The subscriptions table: one row per workspace, channel and topic. */
export function subscriptionQueries(db: Kysely<Database>): SubscriptionStore {
  return {
    async upsertSubscription(subscription) {
      const row = toRow(subscription);
      const stored = await db
        .insertInto("subscriptions")
        .values(row)
        .onConflict((oc) =>
          oc.column("id").doUpdateSet({
            cron: row.cron,
            timezone: row.timezone,
            source: row.source,
            updated_by: row.updated_by,
            updated_at: row.updated_at,
            paused_reason: null,
          }),
        )
        .returningAll()
        .executeTakeFirstOrThrow();
      return toSubscription(stored);
    },

    async getSubscription(id) {
      const row = await db.selectFrom("subscriptions").selectAll().where("id", "=", id).executeTakeFirst();
      return row === undefined ? undefined : toSubscription(row);
    },

    async listSubscriptions(filter = {}) {
      let query = db
        .selectFrom("subscriptions")
        .selectAll()
        .orderBy("channel")
        .orderBy("topic")
        .orderBy("id");
      if (filter.workspaceId !== undefined) query = query.where("workspace_id", "=", filter.workspaceId);
      if (filter.channel !== undefined) query = query.where("channel", "=", filter.channel);
      return (await query.execute()).map(toSubscription);
    },

    async removeSubscription(id) {
      const result = await db.deleteFrom("subscriptions").where("id", "=", id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    async pauseSubscription(id, reason, at) {
      await db
        .updateTable("subscriptions")
        .set({ paused_reason: reason, updated_at: isoTime(at, "at") })
        .where("id", "=", id)
        .execute();
    },
  };
}

function toRow(subscription: Subscription): Selectable<SubscriptionTable> {
  return {
    id: subscription.id,
    workspace_id: subscription.workspaceId,
    channel: subscription.channel,
    topic: subscription.topic,
    cron: subscription.cron,
    timezone: subscription.timezone,
    source: subscription.source,
    created_by: subscription.createdBy,
    created_at: isoTime(subscription.createdAt, "createdAt"),
    updated_by: subscription.updatedBy,
    updated_at: isoTime(subscription.updatedAt, "updatedAt"),
    paused_reason: subscription.pausedReason,
  };
}

function toSubscription(row: Selectable<SubscriptionTable>): Subscription {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    channel: row.channel,
    topic: row.topic,
    cron: row.cron,
    timezone: row.timezone,
    source: row.source,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
    pausedReason: row.paused_reason,
  };
}
