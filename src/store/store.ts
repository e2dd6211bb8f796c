import type { Claim, Stance } from "../claims/claim.js";
import type { Article } from "../ingest/article.js";

/** A feed as the store keeps it: where it is, how to poll it politely, and how it has been doing. */
export interface FeedRecord {
  /** Stable id derived from the URL (see `feedIdFor`). */
  id: string;
  url: string;
  /** Outlet name to show on articles; null means "use the feed's own title". */
  outlet: string | null;
  /** The feed's own channel title, learnt on the first successful fetch. */
  title: string | null;
  /** Fetch each article's page and take its main text. */
  fullText: boolean;
  /** "config" for feeds from the YAML file, "admin" for feeds added from chat. */
  source: "config" | "admin";
  /** Workspace/guild that added it from chat; null for config feeds. */
  workspaceId: string | null;
  etag: string | null;
  lastModified: string | null;
  /** sha256 of the last body parsed: an unchanged body is not parsed again. */
  bodyHash: string | null;
  /** Consecutive failures; reset by a success. */
  failureCount: number;
  /** Reason code of the last failure (`timeout`, `http_404`, …), null after a success. */
  lastError: string | null;
  lastFetchedAt: string | null;
  /** ISO time the feed is next due. */
  nextPollAt: string;
  /** Why the feed was switched off (kept for admins); null while active. */
  disabledReason: string | null;
  /** True once a fetch succeeded: the first fetch seeds the store without announcing. */
  seeded: boolean;
}

export interface FeedInput {
  url: string;
  outlet?: string | null;
  fullText?: boolean;
  source: "config" | "admin";
  workspaceId?: string | null;
  /** When it is first due; defaults to now. Used to spread polls over the interval. */
  nextPollAt?: string;
}

export interface FetchSuccess {
  at: string;
  nextPollAt: string;
  etag: string | null;
  lastModified: string | null;
  bodyHash: string | null;
  title?: string | null;
}

export interface FetchFailure {
  at: string;
  /** Reason code: `timeout`, `http_404`, `not_a_feed`, `too_large`, `blocked_address`, `malformed_xml`, … */
  reason: string;
  nextPollAt: string;
  /** Set to disable the feed, with the reason admins will see. */
  disable: string | null;
}

/** An article as stored, with what the pipeline learnt about it. */
export interface StoredArticle extends Article {
  /** False for articles stored by a feed's first (seeding) fetch. */
  announced: boolean;
  /** Near-duplicate cluster this article belongs to; null until assigned. */
  storyId: string | null;
}

/** A claim as stored: the contract's Claim plus where it came from and who it is across articles. */
export interface StoredClaim {
  articleId: string;
  /** Position of the claim in its article's extraction output. */
  index: number;
  /** Canonical speaker across articles ("dmitry peskov"); null when there is no speaker. */
  speakerKey: string | null;
  /** Side of the speaker, copied out for queries. */
  side: string | null;
  stance: Stance;
  /** The article's publication time, copied out for time-window queries. */
  publishedAt: string;
  claim: Claim;
}

export interface Story {
  id: string;
  /** Title of the first article seen. */
  title: string;
  firstPublishedAt: string;
  /** Compact near-duplicate fingerprint of the first article (format owned by src/stories). */
  fingerprint: string;
}

export interface Topic {
  workspaceId: string;
  name: string;
  /** Human title for headings ("Peace plan for Ukraine"); absent when none was given. */
  title?: string;
  query: string;
  createdAt: string;
}

/**
 * One scheduled briefing of one topic to one channel: the ledger that makes the next briefing
 * start where this one ended, and lets a restart see that a slot was already served.
 */
export interface BriefingRecord {
  /** Unique per (channel, workspace, topic, slot). */
  id: string;
  /** Where it goes, as in config: "console", "discord:<id>", "slack:<id>". */
  channel: string;
  workspaceId: string;
  topic: string;
  /** The scheduled time this briefing is for, ISO. */
  slot: string;
  /** The period it covers, ISO; `until` is the slot. */
  since: string;
  until: string;
  createdAt: string;
  /** When the platform accepted it; null while not (yet) posted. */
  postedAt: string | null;
  /** The platform's message ids, once posted. */
  messageIds: string[];
}

export interface TimeWindow {
  /** Inclusive lower bound, ISO. */
  since: string;
  /** Exclusive upper bound, ISO. */
  until: string;
}

export interface ClaimQuery {
  speakerKey?: string;
  side?: string;
  window?: Partial<TimeWindow>;
  limit: number;
}

/**
 * The one persistence interface. Implemented on Kysely for SQLite (default) and PostgreSQL;
 * both pass the same test suite. All times are ISO 8601 UTC strings.
 */
export interface Store {
  /** Which backend this is, for logs. */
  readonly dialect: "sqlite" | "postgres";
  close(): Promise<void>;

  /** Insert a feed or update its settings (url, outlet, fullText); keeps its polling state. */
  upsertFeed(input: FeedInput): Promise<FeedRecord>;
  getFeed(id: string): Promise<FeedRecord | undefined>;
  listFeeds(): Promise<FeedRecord[]>;
  removeFeed(id: string): Promise<void>;
  /** Active feeds whose `nextPollAt` ≤ now, oldest first. */
  dueFeeds(now: string, limit: number): Promise<FeedRecord[]>;
  recordFetchSuccess(feedId: string, result: FetchSuccess): Promise<void>;
  recordFetchFailure(feedId: string, failure: FetchFailure): Promise<void>;
  /** Clear the disabled reason and failure count (an admin re-enables a feed). */
  enableFeed(feedId: string, nextPollAt: string): Promise<void>;

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

  /** Replace the claims of one article. */
  saveClaims(articleId: string, claims: StoredClaim[]): Promise<void>;
  /** Claims of the given articles, in article then index order. */
  claimsForArticles(articleIds: string[]): Promise<StoredClaim[]>;
  /** Newest claims first, filtered by speaker, side and window. */
  latestClaims(query: ClaimQuery): Promise<StoredClaim[]>;
  /** Distinct speaker keys with their most recent display name, for "did you mean". */
  listSpeakers(): Promise<{ speakerKey: string; name: string; side: string | null }[]>;

  createStory(story: Story): Promise<void>;
  /** Stories whose first article was published at or after `since`, for matching new articles. */
  recentStories(since: string): Promise<Story[]>;
  setArticleStory(articleId: string, storyId: string): Promise<void>;

  upsertTopic(topic: Topic): Promise<void>;
  getTopic(workspaceId: string, name: string): Promise<Topic | undefined>;
  listTopics(workspaceId: string): Promise<Topic[]>;
  removeTopic(workspaceId: string, name: string): Promise<boolean>;

  /**
   * Record a briefing before it is posted. Returns false, changing nothing, when that channel,
   * workspace, topic and slot already has one (another replica or an earlier run took the slot).
   */
  recordBriefing(briefing: BriefingRecord): Promise<boolean>;
  getBriefing(id: string): Promise<BriefingRecord | undefined>;
  markBriefingPosted(id: string, messageIds: string[], at: string): Promise<void>;
  /** The posted briefing with the latest slot for a channel and topic: the next one starts where it ended. */
  lastPostedBriefing(
    channel: string,
    workspaceId: string,
    topic: string,
  ): Promise<BriefingRecord | undefined>;
}
