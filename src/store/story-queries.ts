import type { Kysely } from "kysely";
import type { Story } from "../stories/story.js";
import type { Database } from "./database-schema.js";
import { isoTime } from "./iso-time.js";

/** Near-duplicate stories. */
export interface StoryStore {
  /** Store a story; a story with the same id already stored is kept (processing an article again is harmless). */
  createStory(story: Story): Promise<void>;
  /** Stories whose first article was published at or after `since`, for matching new articles. */
  recentStories(since: string): Promise<Story[]>;
}

/** The stories table: near-duplicate clusters, found again by their first publication time. */
export function storyQueries(db: Kysely<Database>): StoryStore {
  return {
    async createStory(story) {
      await db
        .insertInto("stories")
        .values({
          id: story.id,
          title: story.title,
          first_published_at: isoTime(story.firstPublishedAt, "firstPublishedAt"),
          fingerprint: story.fingerprint,
        })
        .onConflict((oc) => oc.column("id").doNothing())
        .execute();
    },

    async recentStories(since) {
      // Oldest first: when an article matches several stories, the earliest one is the event.
      const rows = await db
        .selectFrom("stories")
        .selectAll()
        .where("first_published_at", ">=", isoTime(since, "since"))
        .orderBy("first_published_at")
        .orderBy("id")
        .execute();
      return rows.map((row) => ({
        id: row.id,
        title: row.title,
        firstPublishedAt: row.first_published_at,
        fingerprint: row.fingerprint,
      }));
    },
  };
}
