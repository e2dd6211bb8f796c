import { type Kysely, sql } from "kysely";

/**
 * Feeds, articles, claims, stories and topics. Portable types only (text, integer) so the same
 * statements build the SQLite and the PostgreSQL schema.
 */
export const migration001Initial = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable("feeds")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("url", "text", (c) => c.notNull())
      .addColumn("outlet", "text")
      .addColumn("title", "text")
      .addColumn("full_text", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("source", "text", (c) => c.notNull())
      .addColumn("workspace_id", "text")
      .addColumn("etag", "text")
      .addColumn("last_modified", "text")
      .addColumn("body_hash", "text")
      .addColumn("failure_count", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("last_error", "text")
      .addColumn("last_fetched_at", "text")
      .addColumn("next_poll_at", "text", (c) => c.notNull())
      .addColumn("disabled_reason", "text")
      .addColumn("seeded", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("created_at", "text", (c) => c.notNull())
      .execute();
    await db.schema.createIndex("feeds_next_poll_at").on("feeds").column("next_poll_at").execute();

    await db.schema
      .createTable("stories")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("first_published_at", "text", (c) => c.notNull())
      .addColumn("fingerprint", "text", (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex("stories_first_published_at")
      .on("stories")
      .column("first_published_at")
      .execute();

    // No foreign key to feeds: removing a feed keeps its articles, so they are never "new" again.
    await db.schema
      .createTable("articles")
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("feed_id", "text", (c) => c.notNull())
      .addColumn("url", "text")
      .addColumn("title", "text", (c) => c.notNull())
      .addColumn("text", "text", (c) => c.notNull())
      .addColumn("author", "text")
      .addColumn("outlet", "text", (c) => c.notNull())
      .addColumn("published_at", "text", (c) => c.notNull())
      .addColumn("date_is_fallback", "integer", (c) => c.notNull())
      .addColumn("fetched_at", "text", (c) => c.notNull())
      .addColumn("announced", "integer", (c) => c.notNull())
      .addColumn("story_id", "text", (c) => c.references("stories.id").onDelete("set null"))
      .execute();
    await db.schema.createIndex("articles_published_at").on("articles").column("published_at").execute();
    // Dedup by canonical URL across feeds; insertNewArticles relies on this constraint.
    await db.schema
      .createIndex("articles_url")
      .unique()
      .on("articles")
      .column("url")
      .where(sql.ref("url"), "is not", null)
      .execute();
    await db.schema.createIndex("articles_story_id").on("articles").column("story_id").execute();

    // The primary key (article_id, idx) also serves lookups by article_id.
    await db.schema
      .createTable("claims")
      .addColumn("article_id", "text", (c) => c.notNull().references("articles.id").onDelete("cascade"))
      .addColumn("idx", "integer", (c) => c.notNull())
      .addColumn("speaker_key", "text")
      .addColumn("speaker_name", "text")
      .addColumn("side", "text")
      .addColumn("stance", "text", (c) => c.notNull())
      .addColumn("published_at", "text", (c) => c.notNull())
      .addColumn("claim", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("claims_pk", ["article_id", "idx"])
      .execute();
    await db.schema.createIndex("claims_published_at").on("claims").column("published_at").execute();
    await db.schema
      .createIndex("claims_speaker_published_at")
      .on("claims")
      .columns(["speaker_key", "published_at"])
      .execute();
    await db.schema
      .createIndex("claims_side_published_at")
      .on("claims")
      .columns(["side", "published_at"])
      .execute();

    await db.schema
      .createTable("topics")
      .addColumn("workspace_id", "text", (c) => c.notNull())
      .addColumn("name", "text", (c) => c.notNull())
      .addColumn("query", "text", (c) => c.notNull())
      .addColumn("created_at", "text", (c) => c.notNull())
      .addPrimaryKeyConstraint("topics_pk", ["workspace_id", "name"])
      .execute();
  },
};
