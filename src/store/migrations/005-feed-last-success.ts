import { type Kysely, sql } from "kysely";

/**
 * Feeds remember when they last fetched successfully, so `/feed list` can say so while a feed is
 * failing (`last_fetched_at` is the last attempt, failed or not). A feed with no failures since
 * its last fetch succeeded then.
 */
export const migration005FeedLastSuccess = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable("feeds").addColumn("last_success_at", "text").execute();
    await sql`update feeds set last_success_at = last_fetched_at where failure_count = 0 and seeded = 1`.execute(
      db,
    );
  },
};
