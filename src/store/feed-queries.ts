import type { Kysely, Selectable } from "kysely";
import { feedIdFor } from "../ingest/feed-id.js";
import type { FeedInput, FeedRecord, FetchFailure, FetchSuccess } from "../ingest/feed-record.js";
import type { Database, FeedTable } from "./database-schema.js";
import { isoTime } from "./iso-time.js";

/** The feeds table: where each feed is and how polling it has gone. */
export interface FeedStore {
  /** Insert a feed or update its settings (url, outlet, fullText); keeps its polling state. */
  upsertFeed(input: FeedInput): Promise<FeedRecord>;
  getFeed(id: string): Promise<FeedRecord | undefined>;
  listFeeds(): Promise<FeedRecord[]>;
  removeFeed(id: string): Promise<void>;
  /** Active feeds whose `nextPollAt` ≤ now, oldest first. */
  dueFeeds(now: string, limit: number): Promise<FeedRecord[]>;
  /**
   * Take the due feeds for one poll: like `dueFeeds`, but each is pushed out to `leaseUntil` in
   * the same transaction, so other replicas asking meanwhile do not get it (on PostgreSQL rows
   * being taken are skipped, not waited for). Recording the fetch sets the real next poll; a
   * replica that dies mid-fetch leaves the feed due again when the lease ends.
   */
  claimDueFeeds(request: { now: string; limit: number; leaseUntil: string }): Promise<FeedRecord[]>;
  recordFetchSuccess(feedId: string, result: FetchSuccess): Promise<void>;
  recordFetchFailure(feedId: string, failure: FetchFailure): Promise<void>;
  /** Clear the disabled reason and failure count (an admin re-enables a feed). */
  enableFeed(feedId: string, nextPollAt: string): Promise<void>;
}

/** The feeds table: settings from config or chat, plus the polling state ingest keeps. */
export function feedQueries(db: Kysely<Database>, dialect: "sqlite" | "postgres"): FeedStore {
  return {
    async upsertFeed(input) {
      const now = new Date().toISOString();
      const row = await db
        .insertInto("feeds")
        .values({
          id: feedIdFor(input.url),
          url: input.url,
          outlet: input.outlet ?? null,
          title: null,
          full_text: input.fullText === true ? 1 : 0,
          source: input.source,
          workspace_id: input.workspaceId ?? null,
          etag: null,
          last_modified: null,
          body_hash: null,
          failure_count: 0,
          last_error: null,
          last_fetched_at: null,
          next_poll_at: isoTime(input.nextPollAt ?? now, "nextPollAt"),
          disabled_reason: null,
          seeded: 0,
          created_at: now,
        })
        // Settings follow the latest input; polling state (etag, failures, next poll…) is kept.
        .onConflict((oc) =>
          oc.column("id").doUpdateSet((eb) => ({
            url: eb.ref("excluded.url"),
            outlet: eb.ref("excluded.outlet"),
            full_text: eb.ref("excluded.full_text"),
            // A feed listed in config stays a config feed even when an admin adds it again.
            ...(input.source === "config"
              ? { source: eb.ref("excluded.source"), workspace_id: eb.ref("excluded.workspace_id") }
              : {}),
          })),
        )
        .returningAll()
        .executeTakeFirstOrThrow();
      return toFeedRecord(row);
    },

    async getFeed(id) {
      const row = await db.selectFrom("feeds").selectAll().where("id", "=", id).executeTakeFirst();
      return row === undefined ? undefined : toFeedRecord(row);
    },

    async listFeeds() {
      const rows = await db.selectFrom("feeds").selectAll().orderBy("url").orderBy("id").execute();
      return rows.map(toFeedRecord);
    },

    async removeFeed(id) {
      await db.deleteFrom("feeds").where("id", "=", id).execute();
    },

    async dueFeeds(now, limit) {
      const rows = await db
        .selectFrom("feeds")
        .selectAll()
        .where("disabled_reason", "is", null)
        .where("next_poll_at", "<=", isoTime(now, "now"))
        .orderBy("next_poll_at")
        .orderBy("id")
        .limit(limit)
        .execute();
      return rows.map(toFeedRecord);
    },

    async claimDueFeeds({ now, limit, leaseUntil }) {
      const rows = await db.transaction().execute(async (trx) => {
        let due = trx
          .selectFrom("feeds")
          .select("id")
          .where("disabled_reason", "is", null)
          .where("next_poll_at", "<=", isoTime(now, "now"))
          .orderBy("next_poll_at")
          .orderBy("id")
          .limit(limit);
        if (dialect === "postgres") due = due.forUpdate().skipLocked();
        const ids = (await due.execute()).map((row) => row.id);
        if (ids.length === 0) return [];
        // Read before pushing them out: the caller sees when each was due (for its backoff).
        const taken = await trx
          .selectFrom("feeds")
          .selectAll()
          .where("id", "in", ids)
          .orderBy("next_poll_at")
          .orderBy("id")
          .execute();
        await trx
          .updateTable("feeds")
          .set({ next_poll_at: isoTime(leaseUntil, "leaseUntil") })
          .where("id", "in", ids)
          .execute();
        return taken;
      });
      return rows.map(toFeedRecord);
    },

    async recordFetchSuccess(feedId, result) {
      // A feed removed while it was being fetched has nothing left to update: not an error.
      await db
        .updateTable("feeds")
        .set({
          etag: result.etag,
          last_modified: result.lastModified,
          body_hash: result.bodyHash,
          last_fetched_at: isoTime(result.at, "at"),
          last_success_at: isoTime(result.at, "at"),
          next_poll_at: isoTime(result.nextPollAt, "nextPollAt"),
          failure_count: 0,
          last_error: null,
          seeded: 1,
          ...(result.title === undefined ? {} : { title: result.title }),
        })
        .where("id", "=", feedId)
        .execute();
    },

    async recordFetchFailure(feedId, failure) {
      await db
        .updateTable("feeds")
        .set((eb) => ({
          // Incremented in SQL so two replicas recording failures never lose one.
          failure_count: eb("failure_count", "+", 1),
          last_error: failure.reason,
          last_fetched_at: isoTime(failure.at, "at"),
          next_poll_at: isoTime(failure.nextPollAt, "nextPollAt"),
          ...(failure.disable === null ? {} : { disabled_reason: failure.disable }),
        }))
        .where("id", "=", feedId)
        .execute();
    },

    async enableFeed(feedId, nextPollAt) {
      await db
        .updateTable("feeds")
        .set({ disabled_reason: null, failure_count: 0, next_poll_at: isoTime(nextPollAt, "nextPollAt") })
        .where("id", "=", feedId)
        .execute();
    },
  };
}

function toFeedRecord(row: Selectable<FeedTable>): FeedRecord {
  return {
    id: row.id,
    url: row.url,
    outlet: row.outlet,
    title: row.title,
    fullText: row.full_text === 1,
    source: row.source,
    workspaceId: row.workspace_id,
    etag: row.etag,
    lastModified: row.last_modified,
    bodyHash: row.body_hash,
    failureCount: row.failure_count,
    lastError: row.last_error,
    lastFetchedAt: row.last_fetched_at,
    nextPollAt: row.next_poll_at,
    disabledReason: row.disabled_reason,
    seeded: row.seeded === 1,
  };
}
