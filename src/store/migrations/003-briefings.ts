import type { Kysely } from "kysely";

/**
 * The briefing ledger: one row per channel, workspace, topic and slot. The unique key is what
 * keeps a slot from being served twice, by a restart or by a second replica.
 */
export const migration003Briefings = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable("briefings")
      .addColumn("id", "text", (column) => column.primaryKey())
      .addColumn("channel", "text", (column) => column.notNull())
      .addColumn("workspace_id", "text", (column) => column.notNull())
      .addColumn("topic", "text", (column) => column.notNull())
      .addColumn("slot", "text", (column) => column.notNull())
      .addColumn("since", "text", (column) => column.notNull())
      .addColumn("until", "text", (column) => column.notNull())
      .addColumn("created_at", "text", (column) => column.notNull())
      .addColumn("posted_at", "text")
      .addColumn("message_ids", "text", (column) => column.notNull().defaultTo("[]"))
      .addUniqueConstraint("briefings_slot_unique", ["channel", "workspace_id", "topic", "slot"])
      .execute();
  },
};
