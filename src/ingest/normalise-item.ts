import type { Article } from "./article.js";
import { articleId } from "./article-id.js";
import { canonicalUrl } from "./canonical-url.js";
import { htmlToText } from "./html-to-text.js";
import { parseDate } from "./parse-date.js";
import type { FeedItem } from "./parsed-feed.js";

/** What normalisation needs to know about the feed an item came from. */
export interface NormaliseContext {
  feedId: string;
  /** The feed's URL after redirects: base for relative links and last-resort outlet name. */
  feedUrl: string;
  /** Outlet from config, if any. */
  outlet?: string | null;
  /** The channel's own title. */
  channelTitle?: string | null;
  /** The channel's site link, preferred base for relative item links. */
  channelLink?: string | null;
  fetchedAt: Date;
}

// A clock a few minutes ahead is normal; anything later is a wrong date, not news from the future.
const futureToleranceMs = 10 * 60_000;
const maxTitleLength = 300;
// Feed text (titles, bodies) can carry double-encoded UTF-8; author and outlet names are left as sent.
const asFeedText = { repairMojibake: true };

/** One raw feed item → Article: canonical URL, plain text, sane date, outlet. */
export function normaliseItem(item: FeedItem, context: NormaliseContext): Article {
  const feed = feedFacts(context);
  const link =
    item.origLink ?? item.link ?? (item.guid && /^https?:\/\//i.test(item.guid) ? item.guid : undefined);
  const url = link === undefined ? null : canonicalUrl(link, feed.base);
  const text = firstText(item.contentEncoded, item.content, item.summary);
  const title =
    oneLine(htmlToText(item.title ?? "", asFeedText)) || oneLine(text).slice(0, 120) || "(untitled)";
  const published = pickDate(item.dates, context.fetchedAt);
  const author = item.author ? oneLine(htmlToText(item.author)) : "";
  return {
    id: articleId(context.feedId, { guid: item.guid, url, title, date: item.dates[0] }),
    feedId: context.feedId,
    url,
    title: title.length > maxTitleLength ? `${title.slice(0, maxTitleLength - 1)}…` : title,
    text,
    author: author === "" ? null : author,
    outlet: feed.outlet,
    publishedAt: published?.toISOString() ?? feed.fetchedAt,
    dateIsFallback: published === null,
    fetchedAt: feed.fetchedAt,
  };
}

/** What every item of one feed shares, worked out once per feed rather than per item. */
interface FeedFacts {
  base: string;
  outlet: string;
  fetchedAtMs: number;
  fetchedAt: string;
}

const facts = new WeakMap<NormaliseContext, FeedFacts>();

function feedFacts(context: NormaliseContext): FeedFacts {
  const known = facts.get(context);
  // The cache is keyed by the context object; a changed fetch time must still show.
  if (known !== undefined && known.fetchedAtMs === context.fetchedAt.getTime()) return known;
  const fresh = {
    base: context.channelLink && URL.canParse(context.channelLink) ? context.channelLink : context.feedUrl,
    outlet: outletName(context),
    fetchedAtMs: context.fetchedAt.getTime(),
    fetchedAt: context.fetchedAt.toISOString(),
  };
  facts.set(context, fresh);
  return fresh;
}

function firstText(
  contentEncoded: string | undefined,
  content: string | undefined,
  summary: string | undefined,
): string {
  for (const candidate of [contentEncoded, content, summary]) {
    if (candidate === undefined) continue;
    const text = htmlToText(candidate, asFeedText);
    if (text !== "") return text;
  }
  return "";
}

function pickDate(candidates: string[], fetchedAt: Date): Date | null {
  for (const candidate of candidates) {
    const date = parseDate(candidate);
    if (date === null || Number.isNaN(date.getTime())) continue;
    if (date.getTime() > fetchedAt.getTime() + futureToleranceMs) return null;
    return date;
  }
  return null;
}

function outletName(context: NormaliseContext): string {
  if (context.outlet) return context.outlet;
  const title = context.channelTitle ? oneLine(htmlToText(context.channelTitle)) : "";
  if (title !== "") return title;
  try {
    return new URL(context.feedUrl).hostname.replace(/^www\./, "") || context.feedUrl;
  } catch {
    return context.feedUrl;
  }
}

function oneLine(text: string): string {
  return (text.includes("\n") ? text.replace(/\s*\n\s*/g, " ") : text).trim();
}
