import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Article } from "./article.js";
import { decodeBody } from "./decode-body.js";
import { decompressBody } from "./decompress-body.js";
import { feedIdFor } from "./feed-id.js";
import type { FetchResult } from "./fetch-result.js";
import { createGuardedFetch, type GuardedFetchOptions } from "./guarded-fetch.js";
import { normaliseItem } from "./normalise-item.js";
import { parseFeed } from "./parse-feed.js";

/** How to check: the ingest fetch settings, plus what only the CLI may do. */
export interface CheckFeedOptions extends Omit<GuardedFetchOptions, "accept"> {
  /**
   * Also read a local file when the target is not an http(s) URL. Only the CLI sets it: a URL
   * typed in chat must never make the bot read its own disk.
   */
  allowFiles?: boolean;
  /** The fetch time stamped on the articles (default: now). */
  now?: Date;
}

/** What one check found: the feed and its items, or why it is not usable. Never thrown. */
export type FeedCheck =
  | {
      kind: "ok";
      /** The feed's own title, whitespace folded; "" when it has none. */
      title: string;
      /** "rss 2.0", "atom", … */
      format: string;
      /** Character encoding the body was decoded with. */
      encoding: string;
      /** Repairs applied before it parsed ("entities", …). */
      repairs: string[];
      /** Where the feed was found after redirects (`file://…` for a file). */
      url: string;
      /** Its items, normalised as ingest would store them. */
      articles: Article[];
    }
  | { kind: "failed"; reason: string; detail: string };

/**
 * Fetch one feed through the SSRF guard (with ingest's caps, timeout and redirect limit), or read
 * a file when allowed, and parse it as ingest would: what `newsbrief check-feed` prints and
 * `/feed add` reports before a feed is stored.
 */
export async function checkFeed(target: string, options: CheckFeedOptions): Promise<FeedCheck> {
  const isUrl = /^https?:\/\//i.test(target);
  const loaded: Loaded =
    isUrl || options.allowFiles !== true ? await fetchUrl(target, options) : await readLocal(target, options);
  if (loaded.kind === "failed") return loaded;
  if (loaded.kind === "not_modified")
    return failed("http_304", "server answered 304 to an unconditional request");
  // The guarded fetch already undid Content-Encoding; a file's gzip bytes are recognised by sniffing.
  const decompressed = decompressBody(
    loaded.body,
    loaded.headers["content-encoding"] === undefined ? undefined : "identity",
    options.maxBodyBytes,
  );
  if (decompressed.kind === "failed") return decompressed;
  const decoded = decodeBody(decompressed.body, loaded.headers["content-type"]);
  const parsed = await parseFeed(decoded.text);
  if (parsed.kind === "failed") return parsed;
  const { feed } = parsed;
  const feedUrl = isUrl ? loaded.finalUrl : `file://${path.resolve(target)}`;
  const fetchedAt = options.now ?? new Date();
  const articles = feed.items.map((item) =>
    normaliseItem(item, {
      feedId: feedIdFor(feedUrl),
      feedUrl,
      channelTitle: feed.title,
      channelLink: feed.link,
      fetchedAt,
    }),
  );
  return {
    kind: "ok",
    title: (feed.title ?? "").replace(/\s+/g, " ").trim(),
    format: feed.format,
    encoding: decoded.encoding,
    repairs: feed.repairs,
    url: feedUrl,
    articles,
  };
}

/** A fetched or read body, or why there is none. */
type Loaded = FetchResult | { kind: "failed"; reason: string; detail: string };

async function fetchUrl(url: string, options: CheckFeedOptions): Promise<FetchResult> {
  const fetcher = createGuardedFetch({
    userAgent: options.userAgent,
    timeoutMs: options.timeoutMs,
    maxBodyBytes: options.maxBodyBytes,
    maxRedirects: options.maxRedirects,
    allowPrivate: options.allowPrivate,
  });
  try {
    return await fetcher.fetch(url);
  } finally {
    await fetcher.close();
  }
}

async function readLocal(file: string, options: CheckFeedOptions): Promise<Loaded> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return failed("not_a_file", file);
    if (info.size > options.maxBodyBytes) return failed("too_large", `${file} is ${info.size} bytes`);
    return { kind: "ok", status: 200, headers: {}, body: await readFile(file), finalUrl: file };
  } catch (error) {
    return failed("unreadable", (error as Error).message);
  }
}

function failed(reason: string, detail: string): { kind: "failed"; reason: string; detail: string } {
  return { kind: "failed", reason, detail };
}
