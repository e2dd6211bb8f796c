import type { FeedRecord } from "../../ingest/feed-record.js";

/** How a feed is named in answers: its outlet, else its own title, else its host. */
export function feedLabel(feed: Pick<FeedRecord, "outlet" | "title" | "url">): string {
  if (feed.outlet) return feed.outlet;
  if (feed.title) return feed.title;
  return URL.canParse(feed.url) ? new URL(feed.url).host : "feed";
}
