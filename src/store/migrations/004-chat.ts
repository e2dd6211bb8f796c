import { type Kysely, sql } from "kysely";

/**
 * What the chat needs: subscriptions per workspace and channel, the record of admin changes, and
 * a durable "not yet processed" mark on articles. Articles stored before this migration that
 * already have a story were processed; the others (stored by `ingest --once`) are left pending.
 */
export const migration004Chat = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable("subscriptions")
      .addColumn("id", "text", (column) => column.primaryKey())
      .addColumn("workspace_id", "text", (column) => column.notNull())
      .addColumn("channel", "text", (column) => column.notNull())
      .addColumn("topic", "text", (column) => column.notNull())
      .addColumn("cron", "text", (column) => column.notNull())
      .addColumn("timezone", "text", (column) => column.notNull())
      .addColumn("source", "text", (column) => column.notNull())
      .addColumn("created_by", "text", (column) => column.notNull())
      .addColumn("created_at", "text", (column) => column.notNull())
      .addColumn("updated_by", "text", (column) => column.notNull())
      .addColumn("updated_at", "text", (column) => column.notNull())
      .addColumn("paused_reason", "text")
      .addUniqueConstraint("subscriptions_channel_topic_unique", ["workspace_id", "channel", "topic"])
      .execute();
    await db.schema
      .createTable("admin_changes")
      .addColumn("workspace_id", "text", (column) => column.notNull())
      .addColumn("actor", "text", (column) => column.notNull())
      .addColumn("action", "text", (column) => column.notNull())
      .addColumn("target", "text", (column) => column.notNull())
      .addColumn("detail", "text")
      .addColumn("at", "text", (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex("admin_changes_workspace_at")
      .on("admin_changes")
      .columns(["workspace_id", "at"])
      .execute();
    await db.schema.alterTable("articles").addColumn("processed_at", "text").execute();
    // A replica processing a pending article holds it until this time; a dead replica's lease runs out.
    await db.schema.alterTable("articles").addColumn("process_lease_until", "text").execute();
    await sql`update articles set processed_at = fetched_at where story_id is not null`.execute(db);
    // Partial indexes are portable between SQLite and PostgreSQL: only pending rows are indexed.
    await sql`create index articles_pending on articles (fetched_at) where processed_at is null`.execute(db);
  },
};
