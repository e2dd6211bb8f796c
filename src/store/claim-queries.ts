import type { Insertable, Kysely, Selectable } from "kysely";
import { z } from "zod";
import type { TimeWindow } from "../briefing/time-window.js";
import type { StoredClaim } from "../claims/stored-claim.js";
import { chunk } from "./chunk.js";
import { claimRowSchema, stanceSchema } from "./claim-row-schema.js";
import type { ClaimTable, Database } from "./database-schema.js";
import { isoTime } from "./iso-time.js";
import { speakerQueries } from "./speaker-queries.js";
import { StoreError } from "./store-error.js";

/** Filters for `latestClaims`. */
export interface ClaimQuery {
  /** Canonical speaker key ("dmitry peskov"). */
  speakerKey?: string;
  /** Side of the speaker ("Russia"). */
  side?: string;
  /** Publication-time bounds. */
  window?: Partial<TimeWindow>;
  /** At most this many claims. */
  limit: number;
}

/** Claims per article, newest-first queries and the speakers seen. */
export interface ClaimStore {
  /** Replace the claims of one article. */
  saveClaims(articleId: string, claims: StoredClaim[]): Promise<void>;
  /** Claims of the given articles, in article then index order. */
  claimsForArticles(articleIds: string[]): Promise<StoredClaim[]>;
  /** Newest claims first, filtered by speaker, side and window. */
  latestClaims(query: ClaimQuery): Promise<StoredClaim[]>;
  /** Distinct speaker keys with their most recent display name, for "did you mean". */
  listSpeakers(): Promise<{ speakerKey: string; name: string; side: string | null }[]>;
}

// 8 columns × 500 rows, and id lists of 500, stay below every bound-parameter limit.
const chunkSize = 500;

/** The claims table: one row per extracted claim, with the filter columns copied out of the JSON. */
export function claimQueries(db: Kysely<Database>): ClaimStore {
  return {
    async saveClaims(articleId, claims) {
      const rows = claims.map((claim) => toRow(articleId, claim));
      // Delete and insert together: readers see the old claims or the new ones, never none.
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom("claims").where("article_id", "=", articleId).execute();
        for (const run of chunk(rows, chunkSize)) {
          await trx.insertInto("claims").values(run).execute();
        }
      });
    },

    async claimsForArticles(articleIds) {
      const ids = [...new Set(articleIds)];
      const rows: Selectable<ClaimTable>[] = [];
      for (const run of chunk(ids, chunkSize)) {
        rows.push(...(await db.selectFrom("claims").selectAll().where("article_id", "in", run).execute()));
      }
      // The caller's article order (e.g. newest first), then each article's claims in order.
      const order = new Map(ids.map((id, index) => [id, index]));
      rows.sort((a, b) => (order.get(a.article_id) ?? 0) - (order.get(b.article_id) ?? 0) || a.idx - b.idx);
      return rows.map(toStoredClaim);
    },

    async latestClaims(query) {
      let select = db.selectFrom("claims").selectAll();
      if (query.speakerKey !== undefined) select = select.where("speaker_key", "=", query.speakerKey);
      if (query.side !== undefined) select = select.where("side", "=", query.side);
      if (query.window?.since !== undefined) {
        select = select.where("published_at", ">=", isoTime(query.window.since, "since"));
      }
      if (query.window?.until !== undefined) {
        select = select.where("published_at", "<", isoTime(query.window.until, "until"));
      }
      const rows = await select
        .orderBy("published_at", "desc")
        .orderBy("article_id")
        .orderBy("idx")
        .limit(query.limit)
        .execute();
      return rows.map(toStoredClaim);
    },

    async listSpeakers() {
      // The same reading as the speaker directory's: the newest claim per key names the speaker.
      const summaries = await speakerQueries(db).speakerSummaries({});
      return summaries
        .map(({ speakerKey, name, side }) => ({ speakerKey, name, side }))
        .sort((a, b) => (a.speakerKey < b.speakerKey ? -1 : a.speakerKey > b.speakerKey ? 1 : 0));
    },
  };
}

function toRow(articleId: string, stored: StoredClaim): Insertable<ClaimTable> {
  if (stored.articleId !== articleId) {
    throw new StoreError(
      "store_argument_invalid",
      `saveClaims("${articleId}"): claim ${stored.index} belongs to article "${stored.articleId}"`,
    );
  }
  const speaker = stored.claim.speaker;
  return {
    article_id: articleId,
    idx: stored.index,
    speaker_key: stored.speakerKey,
    speaker_name: speaker === null ? null : (speaker.name ?? speaker.text),
    side: stored.side,
    stance: stored.stance,
    published_at: isoTime(stored.publishedAt, `claim ${articleId}#${stored.index} publishedAt`),
    claim: JSON.stringify(stored.claim),
  };
}

/** A claims row as the StoredClaim it holds, its JSON validated (also for `latestClaimQueries`). */
export function toStoredClaim(row: Selectable<ClaimTable>): StoredClaim {
  return {
    articleId: row.article_id,
    index: row.idx,
    speakerKey: row.speaker_key,
    side: row.side,
    stance: parseColumn(row, "stance", () => stanceSchema.parse(row.stance)),
    publishedAt: row.published_at,
    claim: parseColumn(row, "claim", () => claimRowSchema.parse(JSON.parse(row.claim))),
  };
}

/** Read one column through zod; a bad row is a clear StoreError naming the row, never garbage. */
function parseColumn<T>(row: Selectable<ClaimTable>, column: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    const reason =
      error instanceof z.ZodError
        ? z.prettifyError(error).replaceAll("\n", " ")
        : error instanceof Error
          ? error.message
          : String(error);
    throw new StoreError(
      "store_row_invalid",
      `claims row (article "${row.article_id}", index ${row.idx}): column ${column} is invalid: ${reason}`,
      { cause: error },
    );
  }
}
