import { type Kysely, sql } from "kysely";

/**
 * The briefing ledger becomes the outbox: each row carries the composed briefing, its delivery
 * state and a lease, so a sender can take it, a dead sender's rows are taken again, and retries
 * and failures are visible. Rows from before were either posted or are left as failed. Also the
 * named leases replicas take turns with.
 */
export const migration006Delivery = {
  async up(db: Kysely<unknown>): Promise<void> {
    const columns: [string, "text" | "integer", string | number | null][] = [
      ["subscription_id", "text", null],
      ["briefing", "text", "{}"],
      ["status", "text", "pending"],
      ["attempts", "integer", 0],
      ["next_attempt_at", "text", "1970-01-01T00:00:00.000Z"],
      ["last_error", "text", null],
      ["lease_owner", "text", null],
      ["lease_until", "text", null],
    ];
    for (const [name, type, fallback] of columns) {
      await db.schema
        .alterTable("briefings")
        .addColumn(name, type, (column) =>
          fallback === null ? column : column.notNull().defaultTo(fallback),
        )
        .execute();
    }
    await sql`update briefings set status = case when posted_at is null then 'failed' else 'sent' end`.execute(
      db,
    );
    await sql`update briefings set last_error = 'recorded before the outbox existed' where posted_at is null`.execute(
      db,
    );
    // Senders look for due rows only: pending ones by next attempt.
    await sql`create index briefings_due on briefings (next_attempt_at) where status = 'pending'`.execute(db);
    await sql`create index briefings_subscription on briefings (subscription_id, slot)`.execute(db);
    // Named leases: what only one replica may do at a time (the chat sessions).
    await db.schema
      .createTable("leases")
      .addColumn("name", "text", (column) => column.primaryKey())
      .addColumn("owner", "text", (column) => column.notNull())
      .addColumn("until", "text", (column) => column.notNull())
      .execute();
  },
};
