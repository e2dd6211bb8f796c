import type { FeedRecord } from "../../ingest/feed-record.js";
import type { FeedStore } from "../../store/feed-queries.js";

/**
 * The feeds a workspace sees: the configured ones every workspace shares, and those its own
 * admins added. Feeds other workspaces added stay theirs (their URLs may be private to them).
 */
export async function workspaceFeeds(
  store: Pick<FeedStore, "listFeeds">,
  workspaceId: string,
): Promise<FeedRecord[]> {
  return (await store.listFeeds()).filter(
    (feed) => feed.source === "config" || feed.workspaceId === workspaceId,
  );
}
