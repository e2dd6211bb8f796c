import type { Kysely } from "kysely";

/**
 * Whether an article matches a topic query, decided once and kept: articles never change once
 * stored, and a query is named by a key of its text, so an edited topic simply gets new rows.
 * `/latest` joins this table while it walks a speaker's claims newest first, so it skips claims
 * from articles off the topic without reading their text.
 */
export const migration007TopicMatches = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable("topic_matches")
      .addColumn("query_key", "text", (column) => column.notNull())
      .addColumn("article_id", "text", (column) => column.notNull())
      .addColumn("matches", "integer", (column) => column.notNull())
      .addPrimaryKeyConstraint("topic_matches_pk", ["query_key", "article_id"])
      .execute();
  },
};
