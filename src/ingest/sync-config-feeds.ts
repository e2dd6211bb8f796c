import type { FeedConfig } from "../config/config-schema.js";
import type { Store } from "../store/store.js";
import { feedIdFor } from "./feed-id.js";

/**
 * Make the store's config feeds match the YAML: new feeds are added with their first poll spread
 * evenly over one interval (so a restart with 200 feeds does not fire 200 requests at once),
 * settings of known feeds follow the file (a disabled feed whose entry changed is enabled again,
 * its failure count reset), config feeds no longer listed are removed.
 */
export async function syncConfigFeeds(
  store: Store,
  feeds: readonly FeedConfig[],
  now: Date,
  intervalMinutes: number,
): Promise<void> {
  const existing = new Map((await store.listFeeds()).map((feed) => [feed.id, feed]));
  const listed = new Set<string>();
  const fresh = feeds.filter((feed) => !existing.has(feedIdFor(feed.url)));
  const step = fresh.length > 0 ? (intervalMinutes * 60_000) / fresh.length : 0;
  let freshIndex = 0;
  for (const feed of feeds) {
    const id = feedIdFor(feed.url);
    if (listed.has(id)) continue;
    listed.add(id);
    const known = existing.get(id);
    if (
      known &&
      known.url === feed.url &&
      known.outlet === (feed.outlet ?? null) &&
      known.fullText === feed.fullText &&
      known.source === "config"
    )
      continue;
    const nextPollAt = known ? undefined : new Date(now.getTime() + step * freshIndex++).toISOString();
    await store.upsertFeed({
      url: feed.url,
      outlet: feed.outlet ?? null,
      fullText: feed.fullText,
      source: "config",
      ...(nextPollAt === undefined ? {} : { nextPollAt }),
    });
    // Editing a disabled feed's entry is how an operator says "try again": its failures start over.
    if (known?.disabledReason) await store.enableFeed(id, now.toISOString());
  }
  for (const feed of existing.values()) {
    if (feed.source === "config" && !listed.has(feed.id)) await store.removeFeed(feed.id);
  }
}
