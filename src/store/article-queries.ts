import type { Insertable, Kysely, Selectable } from "kysely";
import type { TimeWindow } from "../briefing/time-window.js";
import type { Article } from "../ingest/article.js";
import type { StoredArticle } from "../ingest/stored-article.js";
import { chunk } from "./chunk.js";
import type { ArticleTable, Database } from "./database-schema.js";
import { isoTime } from "./iso-time.js";
import { StoreError } from "./store-error.js";

/** Articles: the dedup memory, time-window reads and story assignment. */
export interface ArticleStore {
  /**
   * Store articles not seen before and return exactly those. An article is "seen" when its id
   * or its canonical URL is already stored (from any feed), so restarts and cross-posting never
   * make an old article new again.
   */
  insertNewArticles(articles: Article[], announced: boolean): Promise<StoredArticle[]>;
  getArticle(id: string): Promise<StoredArticle | undefined>;
  /** Articles with publishedAt in the window, newest first. */
  articlesInWindow(window: TimeWindow, limit?: number): Promise<StoredArticle[]>;
  countArticles(): Promise<number>;
  setArticleStory(articleId: string, storyId: string): Promise<void>;
  /**
   * Take up to `limit` articles still waiting for claims and a story, oldest first, and hold them
   * until `leaseUntil` so no other replica takes them meanwhile. An article whose lease ran out
   * (its replica died) is taken again. Every stored article stays pending until marked processed.
   */
  claimPendingArticles(request: { limit: number; now: string; leaseUntil: string }): Promise<StoredArticle[]>;
  /** Mark articles processed: they are never handed out by `claimPendingArticles` again. */
  markArticlesProcessed(articleIds: string[], at: string): Promise<void>;
  /** How many articles are waiting to be processed. */
  countPendingArticles(): Promise<number>;
}

// 12 columns × 400 rows stays far below SQLite's and PostgreSQL's bound-parameter limits.
const insertChunkSize = 400;
const deadlockRetries = 3;

/** The articles table: dedup by id and canonical URL, time-window reads, story assignment. */
export function articleQueries(db: Kysely<Database>, dialect: "sqlite" | "postgres"): ArticleStore {
  async function insertChunk(rows: Insertable<ArticleTable>[]): Promise<Selectable<ArticleTable>[]> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        // ON CONFLICT DO NOTHING (any unique constraint: id or url) + RETURNING yields exactly
        // the rows this statement stored, also when another process inserts the same ones.
        return await db
          .insertInto("articles")
          .values(rows)
          .onConflict((oc) => oc.doNothing())
          .returningAll()
          .execute();
      } catch (error) {
        // Two replicas inserting overlapping batches can wait on each other's uncommitted URLs;
        // PostgreSQL aborts one statement, which is safe to run again.
        if (!isDeadlock(error) || attempt >= deadlockRetries) throw error;
      }
    }
  }

  return {
    async insertNewArticles(articles, announced) {
      if (articles.length === 0) return [];
      const position = new Map<string, number>();
      articles.forEach((article, index) => {
        if (!position.has(article.id)) position.set(article.id, index);
      });
      // Sorted by id so concurrent writers lock rows in the same order (no deadlock on ids).
      const rows = articles
        .map((article) => toRow(article, announced))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const stored: Selectable<ArticleTable>[] = [];
      for (const run of chunk(rows, insertChunkSize)) {
        stored.push(...(await insertChunk(run)));
      }
      return stored
        .sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0))
        .map(toStoredArticle);
    },

    async getArticle(id) {
      const row = await db.selectFrom("articles").selectAll().where("id", "=", id).executeTakeFirst();
      return row === undefined ? undefined : toStoredArticle(row);
    },

    async articlesInWindow(window, limit) {
      let query = db
        .selectFrom("articles")
        .selectAll()
        .where("published_at", ">=", isoTime(window.since, "since"))
        .where("published_at", "<", isoTime(window.until, "until"))
        .orderBy("published_at", "desc")
        .orderBy("id");
      if (limit !== undefined) query = query.limit(limit);
      return (await query.execute()).map(toStoredArticle);
    },

    async countArticles() {
      const row = await db
        .selectFrom("articles")
        .select((eb) => eb.fn.countAll().as("count"))
        .executeTakeFirstOrThrow();
      // pg returns bigint counts as strings.
      return Number(row.count);
    },

    async setArticleStory(articleId, storyId) {
      const result = await db
        .updateTable("articles")
        .set({ story_id: storyId })
        .where("id", "=", articleId)
        .executeTakeFirst();
      if (result.numUpdatedRows === 0n) {
        throw new StoreError("store_not_found", `setArticleStory: no article "${articleId}"`);
      }
    },

    async claimPendingArticles({ limit, now, leaseUntil }) {
      const nowIso = isoTime(now, "now");
      const rows = await db.transaction().execute(async (trx) => {
        let pending = trx
          .selectFrom("articles")
          .select("id")
          .where("processed_at", "is", null)
          .where((eb) =>
            eb.or([eb("process_lease_until", "is", null), eb("process_lease_until", "<", nowIso)]),
          )
          .orderBy("fetched_at")
          .orderBy("id")
          .limit(limit);
        // Replicas on PostgreSQL skip rows another one is claiming right now instead of waiting;
        // SQLite has one writer at a time, so its transaction alone is enough.
        if (dialect === "postgres") pending = pending.forUpdate().skipLocked();
        const ids = (await pending.execute()).map((row) => row.id);
        if (ids.length === 0) return [];
        await trx
          .updateTable("articles")
          .set({ process_lease_until: isoTime(leaseUntil, "leaseUntil") })
          .where("id", "in", ids)
          .execute();
        return trx
          .selectFrom("articles")
          .selectAll()
          .where("id", "in", ids)
          .orderBy("fetched_at")
          .orderBy("id")
          .execute();
      });
      return rows.map(toStoredArticle);
    },

    async markArticlesProcessed(articleIds, at) {
      for (const ids of chunk(articleIds, insertChunkSize)) {
        await db
          .updateTable("articles")
          .set({ processed_at: isoTime(at, "at"), process_lease_until: null })
          .where("id", "in", ids)
          .execute();
      }
    },

    async countPendingArticles() {
      const row = await db
        .selectFrom("articles")
        .select((eb) => eb.fn.countAll().as("count"))
        .where("processed_at", "is", null)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },
  };
}

function toRow(article: Article, announced: boolean): Insertable<ArticleTable> {
  return {
    id: article.id,
    feed_id: article.feedId,
    url: article.url,
    title: article.title,
    text: article.text,
    author: article.author,
    outlet: article.outlet,
    published_at: isoTime(article.publishedAt, `article ${article.id} publishedAt`),
    date_is_fallback: article.dateIsFallback ? 1 : 0,
    fetched_at: isoTime(article.fetchedAt, `article ${article.id} fetchedAt`),
    announced: announced ? 1 : 0,
    story_id: null,
    processed_at: null,
    process_lease_until: null,
  };
}

function toStoredArticle(row: Selectable<ArticleTable>): StoredArticle {
  return {
    id: row.id,
    feedId: row.feed_id,
    url: row.url,
    title: row.title,
    text: row.text,
    author: row.author,
    outlet: row.outlet,
    publishedAt: row.published_at,
    dateIsFallback: row.date_is_fallback === 1,
    fetchedAt: row.fetched_at,
    announced: row.announced === 1,
    storyId: row.story_id,
  };
}

function isDeadlock(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "40P01";
}
