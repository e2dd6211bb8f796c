import type { Config } from "../config/config-schema.js";
import type { Logger } from "../logger.js";
import type { Store } from "../store/store.js";
import type { FeedRecord } from "./feed-record.js";
import type { GuardedFetch } from "./fetch-result.js";
import { pageAccept } from "./full-text.js";
import { createGuardedFetch } from "./guarded-fetch.js";
import { mapSettled } from "./map-settled.js";
import { type PollOutcome, pollFeed } from "./poll-feed.js";
import type { StoredArticle } from "./stored-article.js";
import { syncConfigFeeds } from "./sync-config-feeds.js";

export interface IngestDeps {
  store: Store;
  /** Needs `ingest`, `feeds` and `bot.userAgent`. */
  config: Pick<Config, "ingest" | "feeds" | "bot">;
  logger: Logger;
  now?: () => Date;
  /** Replaces the guarded HTTP client (tests that need a scripted network). */
  fetchFeed?: GuardedFetch;
  /** Called with each feed's newly stored articles (claims, topics, stories run here). */
  afterStore?: (articles: StoredArticle[]) => Promise<void>;
  /** Reports progress after each feed. */
  onProgress?: (done: number, total: number) => void;
}

export interface IngestOptions {
  /** Poll every active feed now, not only the due ones (`ingest --once`, the demo). */
  all?: boolean;
}

/** What one cycle did, for the summary line and metrics. */
export interface IngestSummary {
  /** Feeds polled. */
  feeds: number;
  ok: number;
  /** 304, or a body identical to the last one. */
  notModified: number;
  failed: number;
  /** Articles stored and announced. */
  newArticles: number;
  /** Articles stored silently by feeds' first (seeding) fetch. */
  seededArticles: number;
  failures: Array<{ url: string; reason: string }>;
}

// Due feeds taken per cycle; the rest wait for the next tick, still due.
const maxFeedsPerCycle = 5000;

/**
 * How long a replica holds a batch it took: a batch is four waves of fetches, each bounded by the
 * timeout, plus room. A replica that dies mid-batch leaves its feeds to others after this; one
 * that overruns it (many slow full-text pages) may see a feed fetched twice, which a conditional
 * GET makes cheap.
 */
function feedLeaseMs(timeoutMs: number): number {
  return 4 * timeoutMs + 5_000;
}

/**
 * One ingest cycle: sync config feeds into the store, poll the due ones (each URL once, with
 * bounded concurrency, one feed's failure isolated from the rest) and sum up what happened.
 */
export async function runIngestCycle(deps: IngestDeps, options: IngestOptions = {}): Promise<IngestSummary> {
  const now = deps.now ?? (() => new Date());
  const { ingest } = deps.config;
  await syncConfigFeeds(deps.store, deps.config.feeds, now(), ingest.intervalMinutes);
  const fetcher = deps.fetchFeed
    ? undefined
    : createGuardedFetch({ ...ingest, userAgent: deps.config.bot.userAgent });
  const pageFetcher = createGuardedFetch({
    ...ingest,
    userAgent: deps.config.bot.userAgent,
    accept: pageAccept,
  });
  const pollDeps = {
    store: deps.store,
    ingest,
    logger: deps.logger,
    fetchFeed: deps.fetchFeed ?? (fetcher as NonNullable<typeof fetcher>).fetch,
    fetchPage: pageFetcher.fetch,
    now,
    ...(deps.afterStore ? { afterStore: deps.afterStore } : {}),
  };
  const summary: IngestSummary = {
    feeds: 0,
    ok: 0,
    notModified: 0,
    failed: 0,
    newArticles: 0,
    seededArticles: 0,
    failures: [],
  };
  try {
    if (options.all) {
      const active = (await deps.store.listFeeds()).filter((feed) => feed.disabledReason === null);
      await pollAll(uniqueByUrl(active), pollDeps, summary, deps);
    } else {
      // Due feeds are taken a batch at a time, each batch held only as long as fetching it can
      // take, so replicas share a large cycle and a dead replica's feeds come back soon.
      const batch = ingest.concurrency * 4;
      for (let taken = 0; taken < maxFeedsPerCycle; ) {
        const due = await deps.store.claimDueFeeds({
          now: now().toISOString(),
          limit: batch,
          leaseUntil: new Date(now().getTime() + feedLeaseMs(ingest.timeoutMs)).toISOString(),
        });
        if (due.length === 0) break;
        taken += due.length;
        await pollAll(uniqueByUrl(due), pollDeps, summary, deps);
      }
    }
  } finally {
    await Promise.all([fetcher?.close(), pageFetcher.close()]);
  }
  return summary;
}

/** Poll feeds with bounded concurrency, one feed's failure isolated from the rest, and count what happened. */
async function pollAll(
  feeds: FeedRecord[],
  pollDeps: Parameters<typeof pollFeed>[1],
  summary: IngestSummary,
  deps: IngestDeps,
): Promise<void> {
  const total = summary.feeds + feeds.length;
  summary.feeds = total;
  let done = total - feeds.length;
  const outcomes = await mapSettled(feeds, deps.config.ingest.concurrency, async (feed) => {
    try {
      return await pollFeed(feed, pollDeps);
    } finally {
      deps.onProgress?.(++done, total);
    }
  });
  outcomes.forEach((outcome, index) => {
    const feed = feeds[index] as FeedRecord;
    const value: PollOutcome =
      outcome.status === "fulfilled"
        ? outcome.value
        : {
            kind: "failed",
            reason: "internal_error",
            detail: (outcome.reason as Error)?.message ?? String(outcome.reason),
          };
    tally(summary, feed, value, deps.logger);
  });
}

function tally(summary: IngestSummary, feed: FeedRecord, outcome: PollOutcome, logger: Logger): void {
  if (outcome.kind === "failed") {
    summary.failed++;
    summary.failures.push({ url: feed.url, reason: outcome.reason });
    logger.warn("feed failed", { feed: feed.url, reason: outcome.reason, detail: outcome.detail });
  } else if (outcome.kind === "not_modified") {
    summary.notModified++;
    logger.debug("feed not modified", { feed: feed.url });
  } else {
    summary.ok++;
    if (outcome.announced) summary.newArticles += outcome.stored.length;
    else summary.seededArticles += outcome.stored.length;
    logger.info("feed fetched", {
      feed: feed.url,
      stored: outcome.stored.length,
      announced: outcome.announced,
    });
  }
}

/** One fetch per URL per cycle, even if the same URL sits in the store twice. */
function uniqueByUrl(feeds: FeedRecord[]): FeedRecord[] {
  const seen = new Set<string>();
  return feeds.filter((feed) => !seen.has(feed.url) && seen.add(feed.url) !== undefined);
}
