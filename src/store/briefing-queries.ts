import type { Kysely, Selectable } from "kysely";
import { z } from "zod";
import type { Briefing } from "../briefing/briefing.js";
import type { BriefingRecord, BriefingStatus } from "../delivery/briefing-record.js";
import type { BriefingTable, Database } from "./database-schema.js";
import { isoTime } from "./iso-time.js";
import { StoreError } from "./store-error.js";

/** The outbox of briefings: one per channel, workspace, topic and slot. */
export interface BriefingStore {
  /**
   * Record a composed briefing before it is sent. Returns false, changing nothing, when that
   * channel, workspace, topic and slot already has one (another replica or an earlier run took the slot).
   */
  recordBriefing(briefing: BriefingRecord): Promise<boolean>;
  getBriefing(id: string): Promise<BriefingRecord | undefined>;
  /**
   * Take up to `limit` pending briefings that are due and not held by a live lease, oldest slot
   * first; count an attempt on each and hold them for `owner` until `leaseUntil`. A sender that
   * dies leaves its rows to be taken again when the lease runs out.
   */
  claimDueBriefings(request: {
    now: string;
    limit: number;
    owner: string;
    leaseUntil: string;
  }): Promise<BriefingRecord[]>;
  /** The platform accepted it: sent, with its message ids. */
  markBriefingPosted(id: string, messageIds: string[], at: string): Promise<void>;
  /** Release it for another attempt at `nextAttemptAt`, keeping why this one failed. */
  retryBriefingLater(id: string, retry: { nextAttemptAt: string; error: string }): Promise<void>;
  /** Give up on it, with the reason admins will see. */
  markBriefingFailed(id: string, error: string): Promise<void>;
  /**
   * Mark a subscription's pending briefings for slots before `slot` that were tried and could not
   * go out (at least one attempt, not held by a sender right now) as superseded; returns their ids
   * and periods. The next slot's briefing then covers their period. Briefings not tried yet are
   * only queued, and go out in turn.
   */
  supersedePending(
    subscriptionId: string,
    slot: string,
    now: string,
  ): Promise<{ id: string; since: string }[]>;
  /** The sent briefing with the latest slot for a channel and topic: the next one starts where it ended. */
  lastPostedBriefing(
    channel: string,
    workspaceId: string,
    topic: string,
  ): Promise<BriefingRecord | undefined>;
  /** The latest slot recorded for a subscription, whatever its status (catching up after downtime). */
  lastSlotOf(subscriptionId: string): Promise<string | undefined>;
  /** Briefings waiting (pending) or given up (failed) for a workspace, optionally one channel; newest first. */
  unsentBriefings(
    filter: { workspaceId: string; channel?: string },
    limit: number,
  ): Promise<BriefingRecord[]>;
  /** Briefings per status, for the outbox metrics. */
  countBriefingsByStatus(): Promise<Record<BriefingStatus, number>>;
}

const messageIdsSchema = z.array(z.string());
// The composed briefing is checked for the parts every renderer reads first; its inner shape is
// written by composeBriefing in this same program version.
const briefingShape = z.looseObject({
  topic: z.object({ name: z.string(), title: z.string() }),
  period: z.looseObject({ since: z.string(), until: z.string(), label: z.string() }),
  counts: z.looseObject({ articles: z.number() }),
});
const statuses = ["pending", "sent", "failed", "superseded"] as const;

/** The briefings table: the outbox, keyed by channel, workspace, topic and slot. */
export function briefingQueries(db: Kysely<Database>, dialect: "sqlite" | "postgres"): BriefingStore {
  return {
    async recordBriefing(briefing) {
      const inserted = await db
        .insertInto("briefings")
        .values(toRow(briefing))
        // The unique (channel, workspace, topic, slot) key decides who serves a slot.
        .onConflict((oc) => oc.doNothing())
        .returning("id")
        .executeTakeFirst();
      return inserted !== undefined;
    },

    async getBriefing(id) {
      const row = await db.selectFrom("briefings").selectAll().where("id", "=", id).executeTakeFirst();
      return row === undefined ? undefined : toBriefing(row);
    },

    async claimDueBriefings({ now, limit, owner, leaseUntil }) {
      const nowIso = isoTime(now, "now");
      const rows = await db.transaction().execute(async (trx) => {
        let due = trx
          .selectFrom("briefings")
          .select("id")
          .where("status", "=", "pending")
          .where("next_attempt_at", "<=", nowIso)
          .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<", nowIso)]))
          .orderBy("slot")
          .orderBy("id")
          .limit(limit);
        // Replicas on PostgreSQL skip rows another one is taking right now; SQLite has one writer.
        if (dialect === "postgres") due = due.forUpdate().skipLocked();
        const ids = (await due.execute()).map((row) => row.id);
        if (ids.length === 0) return [];
        await trx
          .updateTable("briefings")
          .set((eb) => ({
            attempts: eb("attempts", "+", 1),
            lease_owner: owner,
            lease_until: isoTime(leaseUntil, "leaseUntil"),
          }))
          .where("id", "in", ids)
          .execute();
        return trx
          .selectFrom("briefings")
          .selectAll()
          .where("id", "in", ids)
          .orderBy("slot")
          .orderBy("id")
          .execute();
      });
      return rows.map(toBriefing);
    },

    async markBriefingPosted(id, messageIds, at) {
      await db
        .updateTable("briefings")
        .set({
          status: "sent",
          posted_at: isoTime(at, "postedAt"),
          message_ids: JSON.stringify(messageIds),
          last_error: null,
          lease_owner: null,
          lease_until: null,
        })
        .where("id", "=", id)
        .execute();
    },

    async retryBriefingLater(id, { nextAttemptAt, error }) {
      await db
        .updateTable("briefings")
        .set({
          next_attempt_at: isoTime(nextAttemptAt, "nextAttemptAt"),
          last_error: error,
          lease_owner: null,
          lease_until: null,
        })
        .where("id", "=", id)
        .where("status", "=", "pending")
        .execute();
    },

    async markBriefingFailed(id, error) {
      await db
        .updateTable("briefings")
        .set({ status: "failed", last_error: error, lease_owner: null, lease_until: null })
        .where("id", "=", id)
        .where("status", "=", "pending")
        .execute();
    },

    async supersedePending(subscriptionId, slot, now) {
      const nowIso = isoTime(now, "now");
      const rows = await db
        .updateTable("briefings")
        .set({ status: "superseded", lease_owner: null, lease_until: null })
        .where("subscription_id", "=", subscriptionId)
        .where("status", "=", "pending")
        .where("attempts", ">", 0)
        .where("slot", "<", isoTime(slot, "slot"))
        .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<", nowIso)]))
        .returning(["id", "since"])
        .execute();
      return rows.map((row) => ({ id: row.id, since: row.since }));
    },

    async lastPostedBriefing(channel, workspaceId, topic) {
      const row = await db
        .selectFrom("briefings")
        .selectAll()
        .where("channel", "=", channel)
        .where("workspace_id", "=", workspaceId)
        .where("topic", "=", topic)
        .where("status", "=", "sent")
        .orderBy("slot", "desc")
        .limit(1)
        .executeTakeFirst();
      return row === undefined ? undefined : toBriefing(row);
    },

    async lastSlotOf(subscriptionId) {
      const row = await db
        .selectFrom("briefings")
        .select("slot")
        .where("subscription_id", "=", subscriptionId)
        .orderBy("slot", "desc")
        .limit(1)
        .executeTakeFirst();
      return row?.slot;
    },

    async unsentBriefings({ workspaceId, channel }, limit) {
      let query = db
        .selectFrom("briefings")
        .selectAll()
        .where("workspace_id", "=", workspaceId)
        .where("status", "in", ["pending", "failed"])
        .orderBy("slot", "desc")
        .limit(limit);
      if (channel !== undefined) query = query.where("channel", "=", channel);
      return (await query.execute()).map(toBriefing);
    },

    async countBriefingsByStatus() {
      const rows = await db
        .selectFrom("briefings")
        .select(["status", (eb) => eb.fn.countAll().as("count")])
        .groupBy("status")
        .execute();
      const counts = { pending: 0, sent: 0, failed: 0, superseded: 0 };
      for (const row of rows) {
        if ((statuses as readonly string[]).includes(row.status))
          counts[row.status as BriefingStatus] = Number(row.count);
      }
      return counts;
    },
  };
}

function toRow(briefing: BriefingRecord): Selectable<BriefingTable> {
  return {
    id: briefing.id,
    subscription_id: briefing.subscriptionId,
    channel: briefing.channel,
    workspace_id: briefing.workspaceId,
    topic: briefing.topic,
    slot: isoTime(briefing.slot, "slot"),
    since: isoTime(briefing.since, "since"),
    until: isoTime(briefing.until, "until"),
    created_at: isoTime(briefing.createdAt, "createdAt"),
    briefing: JSON.stringify(briefing.briefing),
    status: briefing.status,
    attempts: briefing.attempts,
    next_attempt_at: isoTime(briefing.nextAttemptAt, "nextAttemptAt"),
    last_error: briefing.lastError,
    lease_owner: null,
    lease_until: null,
    posted_at: briefing.postedAt === null ? null : isoTime(briefing.postedAt, "postedAt"),
    message_ids: JSON.stringify(briefing.messageIds),
  };
}

function toBriefing(row: Selectable<BriefingTable>): BriefingRecord {
  const messageIds = messageIdsSchema.safeParse(JSON.parse(row.message_ids));
  const briefing = briefingShape.safeParse(JSON.parse(row.briefing));
  const status = z.enum(statuses).safeParse(row.status);
  if (!messageIds.success || !status.success) {
    throw new StoreError("store_row_invalid", `briefings ${row.id}: message_ids or status is invalid`);
  }
  return {
    id: row.id,
    subscriptionId: row.subscription_id,
    channel: row.channel,
    workspaceId: row.workspace_id,
    topic: row.topic,
    slot: row.slot,
    since: row.since,
    until: row.until,
    createdAt: row.created_at,
    // Rows from before the outbox have no briefing; they are never sent again, so none is needed.
    briefing: (briefing.success ? briefing.data : {}) as Briefing,
    status: status.data,
    attempts: Number(row.attempts),
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    postedAt: row.posted_at,
    messageIds: messageIds.data,
  };
}
