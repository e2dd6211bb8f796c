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
