import type { Kysely } from "kysely";
import type { Database } from "./database-schema.js";

/** When each feed last fetched successfully. */
export interface FeedHealthStore {
  /** Feed id → time of its last successful fetch, for feeds that ever had one. */
  lastFeedSuccesses(): Promise<Map<string, string>>;
}

/** The feeds table's success times (migration 005), kept apart from the polling state ingest reads. */
export function feedHealthQueries(db: Kysely<Database>): FeedHealthStore {
  return {
    async lastFeedSuccesses() {
      const rows = await db
        .selectFrom("feeds")
        .select(["id", "last_success_at"])
        .where("last_success_at", "is not", null)
        .execute();
      return new Map(rows.map((row) => [row.id, row.last_success_at as string]));
    },
  };
}
