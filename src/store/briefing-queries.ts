import type { Kysely, Selectable } from "kysely";
import { z } from "zod";
import type { BriefingRecord } from "../delivery/briefing-record.js";
import type { BriefingTable, Database } from "./database-schema.js";
import { isoTime } from "./iso-time.js";
import { StoreError } from "./store-error.js";

/** The ledger of scheduled briefings. */
export interface BriefingStore {
  /**
   * Record a briefing before it is posted. Returns false, changing nothing, when that channel,
   * workspace, topic and slot already has one (another replica or an earlier run took the slot).
   */
  recordBriefing(briefing: BriefingRecord): Promise<boolean>;
  getBriefing(id: string): Promise<BriefingRecord | undefined>;
  markBriefingPosted(id: string, messageIds: string[], at: string): Promise<void>;
  /** The posted briefing with the latest slot for a channel and topic: the next one starts where it ended. */
  lastPostedBriefing(
    channel: string,
    workspaceId: string,
    topic: string,
  ): Promise<BriefingRecord | undefined>;
}

const messageIdsSchema = z.array(z.string());

/** The briefings table: the ledger of scheduled briefings per channel, topic and slot. */
export function briefingQueries(db: Kysely<Database>): BriefingStore {
  return {
    async recordBriefing(briefing) {
      const inserted = await db
        .insertInto("briefings")
        .values({
          id: briefing.id,
          channel: briefing.channel,
          workspace_id: briefing.workspaceId,
          topic: briefing.topic,
          slot: isoTime(briefing.slot, "slot"),
          since: isoTime(briefing.since, "since"),
          until: isoTime(briefing.until, "until"),
          created_at: isoTime(briefing.createdAt, "createdAt"),
          posted_at: briefing.postedAt === null ? null : isoTime(briefing.postedAt, "postedAt"),
          message_ids: JSON.stringify(briefing.messageIds),
        })
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

    async markBriefingPosted(id, messageIds, at) {
      await db
        .updateTable("briefings")
        .set({ posted_at: isoTime(at, "postedAt"), message_ids: JSON.stringify(messageIds) })
        .where("id", "=", id)
        .execute();
    },

    async lastPostedBriefing(channel, workspaceId, topic) {
      const row = await db
        .selectFrom("briefings")
        .selectAll()
        .where("channel", "=", channel)
        .where("workspace_id", "=", workspaceId)
        .where("topic", "=", topic)
        .where("posted_at", "is not", null)
        .orderBy("slot", "desc")
        .limit(1)
        .executeTakeFirst();
      return row === undefined ? undefined : toBriefing(row);
    },
  };
}

function toBriefing(row: Selectable<BriefingTable>): BriefingRecord {
  const messageIds = messageIdsSchema.safeParse(JSON.parse(row.message_ids));
  if (!messageIds.success) {
    throw new StoreError("store_row_invalid", `briefings ${row.id}: message_ids is not a list of strings`);
  }
  return {
    id: row.id,
    channel: row.channel,
    workspaceId: row.workspace_id,
    topic: row.topic,
    slot: row.slot,
    since: row.since,
    until: row.until,
    createdAt: row.created_at,
    postedAt: row.posted_at,
    messageIds: messageIds.data,
  };
}
