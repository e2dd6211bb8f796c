import { type Kysely, sql } from "kysely";

/**
 * What the slash commands need from the schema.
 *
 * - Feeds remember when they last fetched successfully, so `/feed list` can say so while a feed is
 *   failing (`last_fetched_at` is the last attempt, failed or not). A feed with no failures since
 *   its last fetch succeeded then.
 * - The claim indexes end in the full newest-first order (published_at, article_id, idx), so
 *   `/latest` reads exactly one page from an index with no sort, whatever the planner thinks of a
 *   speaker's share of the claims (PostgreSQL would otherwise sometimes walk the published_at index
 *   and filter). They replace the 001 indexes with the same leading columns, which every earlier
 *   query keeps using through the prefix.
 */
export const migration005Commands = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable("feeds").addColumn("last_success_at", "text").execute();
    await sql`update feeds set last_success_at = last_fetched_at where failure_count = 0 and seeded = 1`.execute(
      db,
    );
    const order = ["published_at", "article_id", "idx"];
    await db.schema
      .createIndex("claims_speaker_newest")
      .on("claims")
      .columns(["speaker_key", ...order])
      .execute();
    await db.schema
      .createIndex("claims_side_newest")
      .on("claims")
      .columns(["side", ...order])
      .execute();
    await db.schema.createIndex("claims_newest").on("claims").columns(order).execute();
    for (const replaced of [
      "claims_speaker_published_at",
      "claims_side_published_at",
      "claims_published_at",
    ]) {
      await db.schema.dropIndex(replaced).execute();
    }
  },
};
