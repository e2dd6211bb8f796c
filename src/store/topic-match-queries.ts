import type { Kysely } from "kysely";
import type { TopicVerdict } from "../topics/topic-verdict.js";
import { chunk } from "./chunk.js";
import type { Database } from "./database-schema.js";
import { isoTime } from "./iso-time.js";

/** An article whose verdict is still to be decided, with what a query is matched against. */
export interface ArticleToMatch {
  id: string;
  title: string;
  text: string;
  publishedAt: string;
}

/** A position in newest-first article order. */
export interface ArticleCursor {
  publishedAt: string;
  id: string;
}

/** Topic verdicts per article, decided once and kept (see migration 007). */
export interface TopicMatchStore {
  /** Keep verdicts under a query key; a verdict already kept stays (it can only be the same). */
  saveTopicMatches(queryKey: string, verdicts: TopicVerdict[]): Promise<void>;
  /**
   * Articles with no verdict under `queryKey`, newest first (publication time, then id), after
   * `before` when given: what is still to be matched, one page at a time.
   */
  articlesToMatch(
    queryKey: string,
    options: { limit: number; before?: ArticleCursor },
  ): Promise<ArticleToMatch[]>;
  /** Every distinct query of every workspace's topics. */
  topicQueriesInUse(): Promise<string[]>;
}

const chunkSize = 300;

export function topicMatchQueries(db: Kysely<Database>): TopicMatchStore {
  return {
    async saveTopicMatches(queryKey, verdicts) {
      for (const run of chunk(verdicts, chunkSize)) {
        await db
          .insertInto("topic_matches")
          .values(
            run.map((verdict) => ({
              query_key: queryKey,
              article_id: verdict.articleId,
              matches: verdict.matches ? 1 : 0,
            })),
          )
          .onConflict((oc) => oc.columns(["query_key", "article_id"]).doNothing())
          .execute();
      }
    },

    async articlesToMatch(queryKey, { limit, before }) {
      let select = db
        .selectFrom("articles")
        .select(["articles.id", "articles.title", "articles.text", "articles.published_at"])
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom("topic_matches")
                .select("topic_matches.article_id")
                .where("topic_matches.query_key", "=", queryKey)
                .whereRef("topic_matches.article_id", "=", "articles.id"),
            ),
          ),
        );
      if (before !== undefined) {
        const at = isoTime(before.publishedAt, "before.publishedAt");
        select = select
          .where("articles.published_at", "<=", at)
          .where((eb) =>
            eb(eb.refTuple("articles.published_at", "articles.id"), "<", eb.tuple(at, before.id)),
          );
      }
      const rows = await select
        .orderBy("articles.published_at", "desc")
        .orderBy("articles.id", "desc")
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        id: row.id,
        title: row.title,
        text: row.text,
        publishedAt: row.published_at,
      }));
    },

    async topicQueriesInUse() {
      const rows = await db.selectFrom("topics").select("query").distinct().execute();
      return rows.map((row) => row.query).sort();
    },
  };
}
