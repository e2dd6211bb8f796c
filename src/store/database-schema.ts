/**
 * Row types of the tables, as Kysely sees them. One schema for SQLite and PostgreSQL, so only
 * portable column types: text, integer. Times are ISO 8601 UTC text (always with milliseconds,
 * see `isoTime`), which sorts correctly as text; booleans are 0/1 integers.
 */
export interface Database {
  feeds: FeedTable;
  articles: ArticleTable;
  claims: ClaimTable;
  stories: StoryTable;
  topics: TopicTable;
}

/** 0 or 1: booleans stored portably. */
export type IntBool = number;

export interface FeedTable {
  id: string;
  url: string;
  outlet: string | null;
  title: string | null;
  full_text: IntBool;
  source: "config" | "admin";
  workspace_id: string | null;
  etag: string | null;
  last_modified: string | null;
  body_hash: string | null;
  failure_count: number;
  last_error: string | null;
  last_fetched_at: string | null;
  next_poll_at: string;
  disabled_reason: string | null;
  seeded: IntBool;
  created_at: string;
}

export interface ArticleTable {
  id: string;
  feed_id: string;
  url: string | null;
  title: string;
  text: string;
  author: string | null;
  outlet: string;
  published_at: string;
  date_is_fallback: IntBool;
  fetched_at: string;
  announced: IntBool;
  story_id: string | null;
}

export interface ClaimTable {
  article_id: string;
  idx: number;
  speaker_key: string | null;
  /** The speaker's display name when the claim was saved, copied out of the JSON for `listSpeakers`. */
  speaker_name: string | null;
  side: string | null;
  stance: string;
  published_at: string;
  /** The contract's Claim as JSON text; validated with zod when read back. */
  claim: string;
}

export interface StoryTable {
  id: string;
  title: string;
  first_published_at: string;
  fingerprint: string;
}

export interface TopicTable {
  workspace_id: string;
  name: string;
  query: string;
  created_at: string;
}
