import { type Kysely, sql } from "kysely";
import type { StoredClaim } from "../claims/stored-claim.js";
import { chunk } from "./chunk.js";
import { toStoredClaim } from "./claim-queries.js";
import type { Database } from "./database-schema.js";
import { isoTime } from "./iso-time.js";
import { reusableQuery } from "./reusable-query.js";
import { StoreError } from "./store-error.js";

/** A position in newest-first claim order: the last claim a page returned. */
export interface ClaimCursor {
  publishedAt: string;
  articleId: string;
  index: number;
}

/** A claim with what an answer shows of its article. */
export interface ClaimWithSource {
  claim: StoredClaim;
  /** The article's link (null when the item had none), outlet and title. */
  article: { url: string | null; outlet: string; title: string };
  /**
   * Whether the article matches the topic asked with `topicKey`: true, or undefined when no
   * verdict is kept yet (the caller decides it). Articles kept as off the topic are never returned.
   */
  onTopic?: true;
}

/** Filters for `newestClaims`: one speaker key, one side, or neither (every claim). */
export interface NewestClaimsQuery {
  /** Canonical speaker key ("dmitry peskov"). */
  speakerKey?: string;
  /** The speaker's side ("Russia"). */
  side?: string;
  /**
   * `topicQueryKey` of a topic query: leave out claims whose article is kept as not matching it
   * (see TopicMatchStore), and say which ones are kept as matching.
   */
  topicKey?: string;
  /** Only claims after this one in newest-first order (the previous page's last claim). */
  before?: ClaimCursor;
  /** At most this many claims. */
  limit: number;
}

/** Title and text of an article, what a topic query is matched against. */
export interface ArticleText {
  id: string;
  title: string;
  text: string;
}

/** Newest-first claim pages with their sources: what `/latest` reads. */
export interface LatestClaimStore {
  /**
   * Claims newest first (publication time, then article id and index, all descending) with their
   * article's link, outlet and title. Paged by `before` (keyset), so every page is one index
   * range read of `limit` rows however deep it goes.
   */
  newestClaims(query: NewestClaimsQuery): Promise<ClaimWithSource[]>;
  /** Title and text of the given articles (unknown ids are left out), for topic matching. */
  articleTexts(articleIds: string[]): Promise<ArticleText[]>;
}

const chunkSize = 500;

/** What a page of `newestClaims` is asked with: the filters, the cursor's parts, the size. */
interface NewestPage {
  [parameter: string]: string | number | undefined;
  topicKey?: string | undefined;
  speakerKey?: string | undefined;
  side?: string | undefined;
  at?: string | undefined;
  articleId?: string | undefined;
  index?: number | undefined;
  limit: number;
}

/**
 * Newest-first reads on the claims_speaker_newest, claims_side_newest and claims_newest indexes
 * (migration 005), which end in exactly this order: the filter column is matched, the index is
 * walked backwards from the cursor and no sort is needed, so the cost is the page size, not the
 * claims the speaker has.
 */
export function latestClaimQueries(db: Kysely<Database>): LatestClaimStore {
  const newestPage = reusableQuery(
    db,
    (page: NewestPage) => {
      let select = db
        .selectFrom("claims")
        // A primary-key probe per index entry walked, joined before the article: SQLite keeps the
        // written order across a left join, so a claim off the topic is skipped before its row or
        // its article is read (most of the reads when the topic is narrow).
        .leftJoin("topic_matches", (join) =>
          join
            .onRef("topic_matches.article_id", "=", "claims.article_id")
            .on("topic_matches.query_key", "=", page.topicKey ?? ""),
        )
        .innerJoin("articles", "articles.id", "claims.article_id")
        .selectAll("claims")
        .select([
          "articles.url as article_url",
          "articles.outlet as article_outlet",
          "articles.title as article_title",
          "topic_matches.matches as topic_match",
        ]);
      if (page.topicKey !== undefined)
        select = select.where((eb) =>
          eb.or([eb("topic_matches.matches", "is", null), eb("topic_matches.matches", "=", 1)]),
        );
      if (page.speakerKey !== undefined) select = select.where("claims.speaker_key", "=", page.speakerKey);
      if (page.side !== undefined) select = select.where("claims.side", "=", page.side);
      if (page.at !== undefined) {
        // The plain bound lets both engines range-scan the index; the row value orders ties exactly.
        select = select
          .where("claims.published_at", "<=", page.at)
          .where((eb) =>
            eb(
              eb.refTuple("claims.published_at", "claims.article_id", "claims.idx"),
              "<",
              eb.tuple(page.at ?? "", page.articleId ?? "", page.index ?? 0),
            ),
          );
      }
      return (
        select
          .orderBy("claims.published_at", "desc")
          .orderBy("claims.article_id", "desc")
          .orderBy("claims.idx", "desc")
          // Written into the SQL (a shape per page size, a handful in all): SQLite runs a 16-row page
          // about a fifth faster with a literal LIMIT than with a bound one.
          .limit(sql.lit(page.limit))
      );
    },
    ["limit"],
  );
  return {
    async newestClaims(query) {
      if (!Number.isSafeInteger(query.limit) || query.limit < 1) {
        throw new StoreError(
          "store_argument_invalid",
          `newestClaims: limit ${query.limit} is not a positive integer`,
        );
      }
      const before = query.before;
      const rows = await newestPage({
        topicKey: query.topicKey,
        speakerKey: query.speakerKey,
        side: query.side,
        ...(before === undefined
          ? {}
          : {
              at: isoTime(before.publishedAt, "before.publishedAt"),
              articleId: before.articleId,
              index: before.index,
            }),
        limit: query.limit,
      });
      return rows.map(({ article_url, article_outlet, article_title, topic_match, ...row }) => ({
        claim: toStoredClaim(row),
        article: { url: article_url, outlet: article_outlet, title: article_title },
        ...(topic_match === 1 ? { onTopic: true as const } : {}),
      }));
    },

    async articleTexts(articleIds) {
      const texts: ArticleText[] = [];
      for (const ids of chunk([...new Set(articleIds)], chunkSize)) {
        texts.push(
          ...(await db
            .selectFrom("articles")
            .select(["id", "title", "text"])
            .where("id", "in", ids)
            .execute()),
        );
      }
      return texts;
    },
  };
}
