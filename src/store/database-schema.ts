/**
 * Row types of the tables, as Kysely sees them. One schema for SQLite and PostgreSQL, so only
 * portable column types: text, integer. Times are ISO 8601 UTC text (always with milliseconds,
 * see `isoTime`), which sorts correctly as text; booleans are 0/1 integers. Columns mirror the
 * record types in store.ts in snake_case.
 */
export interface Database {
  /** One row per polled URL. */
  feeds: FeedTable;
  /** Every article ever stored; the dedup memory. */
  articles: ArticleTable;
  /** Extracted claims, one row per claim. */
  claims: ClaimTable;
  /** Near-duplicate clusters of articles. */
  stories: StoryTable;
  /** Topic queries per workspace or guild. */
  topics: TopicTable;
  /** The ledger of scheduled briefings (added by migration 003). */
  briefings: BriefingTable;
  /** Channels' standing orders for briefings (migration 004). */
  subscriptions: SubscriptionTable;
  /** Who changed what from chat, and when (migration 004). */
  admin_changes: AdminChangeTable;
  /** What only one replica may do at a time, and until when (migration 006). */
  leases: LeaseTable;
  /** Which articles match which topic queries, decided once (migration 007). */
  topic_matches: TopicMatchTable;
}

/** 0 or 1: booleans stored portably. */
export type IntBool = number;

/** See `FeedRecord`. */
export interface FeedTable {
  /** `feedIdFor(url)`. */
  id: string;
  /** As configured or added. */
  url: string;
  /** Configured outlet name, or null. */
  outlet: string | null;
  /** The feed's own title, learnt on a successful fetch. */
  title: string | null;
  /** Fetch article pages for their main text. */
  full_text: IntBool;
  /** Where the feed came from. */
  source: "config" | "admin";
  /** Workspace that added it from chat; null for config feeds. */
  workspace_id: string | null;
  /** Last ETag, sent as If-None-Match. */
  etag: string | null;
  /** Last Last-Modified, sent as If-Modified-Since. */
  last_modified: string | null;
  /** sha256 of the last body parsed. */
  body_hash: string | null;
  /** Consecutive failures. */
  failure_count: number;
  /** Reason code of the last failure. */
  last_error: string | null;
  /** When it was last fetched, successfully or not. */
  last_fetched_at: string | null;
  /** When a fetch last succeeded (migration 005). */
  last_success_at: string | null;
  /** When it is next due. */
  next_poll_at: string;
  /** Why it is switched off; null while active. */
  disabled_reason: string | null;
  /** 1 once a fetch succeeded. */
  seeded: IntBool;
  /** When the row was first inserted. */
  created_at: string;
}

/** See `StoredArticle`. */
export interface ArticleTable {
  /** Globally unique article id. */
  id: string;
  /** Feed it came from (no foreign key: articles outlive their feed). */
  feed_id: string;
  /** Canonical URL, unique where not null. */
  url: string | null;
  /** Plain-text title. */
  title: string;
  /** Plain-text body. */
  text: string;
  /** Author, or null. */
  author: string | null;
  /** Outlet name. */
  outlet: string;
  /** Publication time. */
  published_at: string;
  /** 1 when published_at is the fetch time. */
  date_is_fallback: IntBool;
  /** When it was fetched. */
  fetched_at: string;
  /** 0 for articles stored by a feed's seeding fetch. */
  announced: IntBool;
  /** Story cluster, once assigned. */
  story_id: string | null;
  /** When claims and story were computed; null while pending (migration 004). */
  processed_at: string | null;
  /** A replica processing it holds it until then (migration 004). */
  process_lease_until: string | null;
}

/** See `StoredClaim`. */
export interface ClaimTable {
  /** Article the claim was extracted from. */
  article_id: string;
  /** Position in the article's extraction output. */
  idx: number;
  /** Canonical speaker key, or null. */
  speaker_key: string | null;
  /** The speaker's display name when the claim was saved, copied out of the JSON for `listSpeakers`. */
  speaker_name: string | null;
  /** Speaker's side, or null. */
  side: string | null;
  /** asserts | denies | confirms. */
  stance: string;
  /** The article's publication time, for window queries. */
  published_at: string;
  /** The contract's Claim as JSON text; validated with zod when read back. */
  claim: string;
}

/** See `Story`. */
export interface StoryTable {
  /** Story id (chosen by src/stories). */
  id: string;
  /** Title of the first article seen. */
  title: string;
  /** Publication time of the first article. */
  first_published_at: string;
  /** Near-duplicate fingerprint of the first article. */
  fingerprint: string;
}

/** See `Topic`. */
export interface TopicTable {
  /** Workspace or guild id. */
  workspace_id: string;
  /** Topic name, unique per workspace. */
  name: string;
  /** Human title for headings; null when none was given (added by migration 002). */
  title: string | null;
  /** The boolean query as the admin wrote it. */
  query: string;
  /** When the topic was first saved. */
  created_at: string;
}

/** See `BriefingRecord`. */
export interface BriefingTable {
  id: string;
  channel: string;
  workspace_id: string;
  topic: string;
  slot: string;
  since: string;
  until: string;
  created_at: string;
  posted_at: string | null;
  /** JSON array of the platform's message ids. */
  message_ids: string;
  /** Subscription whose slot this is; null for one-off posts (migration 006). */
  subscription_id: string | null;
  /** The composed Briefing as JSON (migration 006). */
  briefing: string;
  /** pending | sent | failed | superseded (migration 006). */
  status: string;
  /** Send attempts started (migration 006). */
  attempts: number;
  /** Not before this time (migration 006). */
  next_attempt_at: string;
  /** Why the last attempt failed (migration 006). */
  last_error: string | null;
  /** The sender holding the row (migration 006). */
  lease_owner: string | null;
  /** Until when it holds it (migration 006). */
  lease_until: string | null;
}

/** See `Subscription`. */
export interface SubscriptionTable {
  id: string;
  workspace_id: string;
  channel: string;
  topic: string;
  cron: string;
  timezone: string;
  source: "config" | "admin";
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
  paused_reason: string | null;
}

/** See `AdminChange`. */
export interface AdminChangeTable {
  workspace_id: string;
  actor: string;
  action: string;
  target: string;
  detail: string | null;
  at: string;
}

/** See `LeaseStore`. */
export interface LeaseTable {
  /** What the lease is for ("chat-sessions"). */
  name: string;
  /** The replica holding it. */
  owner: string;
  /** It is held until this time, ISO; renewed while the holder lives. */
  until: string;
}

/** See `TopicMatchStore`. */
export interface TopicMatchTable {
  /** `topicQueryKey(query)`: the query's text, hashed. */
  query_key: string;
  article_id: string;
  /** 1 when the article matches the query. */
  matches: IntBool;
}
