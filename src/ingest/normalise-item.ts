import type { Article } from "./article.js";
import { articleId } from "./article-id.js";
import { canonicalUrl } from "./canonical-url.js";
import { fixMojibake } from "./fix-mojibake.js";
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

/** One raw feed item → Article: canonical URL, plain text, sane date, outlet. */
export function normaliseItem(item: FeedItem, context: NormaliseContext): Article {
  const base = baseFor(context);
  const link =
    item.origLink ?? item.link ?? (item.guid && /^https?:\/\//i.test(item.guid) ? item.guid : undefined);
  const url = link === undefined ? null : canonicalUrl(link, base);
  const text = firstText(item.contentEncoded, item.content, item.summary);
  const title =
    oneLine(fixMojibake(htmlToText(item.title ?? ""))) || oneLine(text).slice(0, 120) || "(untitled)";
  const fetchedAt = context.fetchedAt.toISOString();
  const published = pickDate(item.dates, context.fetchedAt);
  const author = item.author ? oneLine(htmlToText(item.author)) : "";
  return {
    id: articleId(context.feedId, {
      ...(item.guid ? { guid: item.guid } : {}),
      url,
      title,
      ...(item.dates[0] ? { date: item.dates[0] } : {}),
    }),
    feedId: context.feedId,
    url,
    title: title.length > maxTitleLength ? `${title.slice(0, maxTitleLength - 1)}…` : title,
    text,
    author: author === "" ? null : author,
    outlet: outletName(context),
    publishedAt: published?.toISOString() ?? fetchedAt,
    dateIsFallback: published === null,
    fetchedAt,
  };
}

// One base per feed, not per item: URL.canParse is not free at 5,000 items.
const bases = new WeakMap<NormaliseContext, string>();

function baseFor(context: NormaliseContext): string {
  let base = bases.get(context);
  if (base === undefined) {
    base = context.channelLink && URL.canParse(context.channelLink) ? context.channelLink : context.feedUrl;
    bases.set(context, base);
  }
  return base;
}

function firstText(...candidates: Array<string | undefined>): string {
  for (const candidate of candidates) {
    if (candidate === undefined) continue;
    const text = fixMojibake(htmlToText(candidate));
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
  return text.replace(/\s*\n\s*/g, " ").trim();
}
