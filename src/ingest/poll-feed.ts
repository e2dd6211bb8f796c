import { createHash } from "node:crypto";
import type { Config } from "../config/config-schema.js";
import type { Logger } from "../logger.js";
import type { Store } from "../store/store.js";
import type { Article } from "./article.js";
import { nextPollAfterFailure } from "./backoff.js";
import { decodeBody } from "./decode-body.js";
import type { FeedRecord } from "./feed-record.js";
import type { GuardedFetch } from "./fetch-result.js";
import { fetchFullText } from "./full-text.js";
import { mapSettled } from "./map-settled.js";
import { normaliseItem } from "./normalise-item.js";
import { parseFeed } from "./parse-feed.js";
import type { StoredArticle } from "./stored-article.js";

/** Collaborators of one feed poll. */
export interface PollDeps {
  store: Store;
  ingest: Config["ingest"];
  logger: Logger;
  fetchFeed: GuardedFetch;
  /** Fetch for article pages (full text); its own Accept header. */
  fetchPage: GuardedFetch;
  now: () => Date;
  afterStore?: (articles: StoredArticle[]) => Promise<void>;
}

/** What happened to one feed in a cycle. */
export type PollOutcome =
  | { kind: "ok"; stored: StoredArticle[]; announced: boolean }
  | { kind: "not_modified" }
  | { kind: "failed"; reason: string; detail: string };

// Full-text fetches per poll: a feed's first fetch must not turn into 100 page downloads.
const maxFullTextPerPoll = 20;

/** Fetch, parse, normalise and store one feed, and record how it went. Never throws for feed problems. */
export async function pollFeed(feed: FeedRecord, deps: PollDeps): Promise<PollOutcome> {
  const fetchedAt = deps.now();
  const result = await deps.fetchFeed(feed.url, { etag: feed.etag, lastModified: feed.lastModified });
  if (result.kind === "failed") return fail(feed, deps, fetchedAt, result.reason, result.detail);
  const nextPollAt = new Date(fetchedAt.getTime() + deps.ingest.intervalMinutes * 60_000).toISOString();
  const success = {
    at: fetchedAt.toISOString(),
    nextPollAt,
    etag: feed.etag,
    lastModified: feed.lastModified,
    bodyHash: feed.bodyHash,
  };
  if (result.kind === "not_modified") {
    await deps.store.recordFetchSuccess(feed.id, success);
    return { kind: "not_modified" };
  }
  const validators = {
    etag: result.headers.etag ?? null,
    lastModified: result.headers["last-modified"] ?? null,
  };
  const bodyHash = createHash("sha256").update(result.body).digest("hex");
  // Same bytes as last time: nothing can be new, so skip parsing altogether.
  if (bodyHash === feed.bodyHash) {
    await deps.store.recordFetchSuccess(feed.id, { ...success, ...validators });
    return { kind: "not_modified" };
  }
  const parsed = await parseFeed(decodeBody(result.body, result.headers["content-type"]).text);
  if (parsed.kind === "failed") return fail(feed, deps, fetchedAt, parsed.reason, parsed.detail);
  const context = {
    feedId: feed.id,
    feedUrl: result.finalUrl,
    outlet: feed.outlet,
    channelTitle: parsed.feed.title,
    channelLink: parsed.feed.link,
    fetchedAt,
  };
  let articles = parsed.feed.items.map((item) => normaliseItem(item, context));
  if (feed.fullText) articles = await withFullText(articles, deps);
  const announced = feed.seeded || deps.ingest.announceFirstFetch;
  const stored = await deps.store.insertNewArticles(articles, announced);
  await deps.store.recordFetchSuccess(feed.id, {
    ...success,
    ...validators,
    bodyHash,
    title: parsed.feed.title,
  });
  if (stored.length > 0 && deps.afterStore) {
    try {
      await deps.afterStore(stored);
    } catch (error) {
      // The articles are stored; later stages failing must not make the feed look broken.
      deps.logger.error("processing new articles failed", { feed: feed.url, error });
    }
  }
  return { kind: "ok", stored, announced };
}

async function fail(
  feed: FeedRecord,
  deps: PollDeps,
  at: Date,
  reason: string,
  detail: string,
): Promise<PollOutcome> {
  const failures = feed.failureCount + 1;
  const disable =
    failures >= deps.ingest.maxFailures ? `disabled after ${failures} consecutive failures: ${reason}` : null;
  const nextPollAt = nextPollAfterFailure({
    now: at,
    failures,
    intervalMinutes: deps.ingest.intervalMinutes,
    maxBackoffMinutes: deps.ingest.maxBackoffMinutes,
  });
  await deps.store.recordFetchFailure(feed.id, {
    at: at.toISOString(),
    reason,
    nextPollAt: nextPollAt.toISOString(),
    disable,
  });
  if (disable) deps.logger.warn("feed disabled", { feed: feed.url, reason: disable });
  return { kind: "failed", reason, detail };
}

/** Replace the teaser with the page's main text, for articles not stored before. */
async function withFullText(articles: Article[], deps: PollDeps): Promise<Article[]> {
  const unseen: Article[] = [];
  for (const article of articles) {
    if (unseen.length >= maxFullTextPerPoll) break;
    if (article.url && !(await deps.store.getArticle(article.id))) unseen.push(article);
  }
  const texts = new Map<string, string>();
  await mapSettled(unseen, 4, async (article) => {
    const text = article.url ? await fetchFullText(article.url, deps.fetchPage) : null;
    if (text && text.length > article.text.length) texts.set(article.id, text);
  });
  return articles.map((article) => {
    const text = texts.get(article.id);
    return text === undefined ? article : { ...article, text };
  });
}
