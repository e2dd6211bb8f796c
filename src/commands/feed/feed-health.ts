import type { FeedRecord } from "../../ingest/feed-record.js";
import { formatAgo } from "../shared/format-time.js";

/** A feed's state in one word, for counts. */
export function feedState(feed: FeedRecord): "healthy" | "failing" | "disabled" {
  if (feed.disabledReason !== null) return "disabled";
  return feed.failureCount > 0 ? "failing" : "healthy";
}

/**
 * A feed's health in a line: "ok · last success 5 min ago", "failing: 3 failures in a row
 * (timeout) · disabled after 10 · last success 2 days ago", "disabled: <why>".
 */
export function feedHealth(
  feed: FeedRecord,
  lastSuccess: string | undefined,
  context: { now: Date; maxFailures: number },
): string {
  const success =
    lastSuccess === undefined
      ? "never fetched successfully"
      : `last success ${formatAgo(lastSuccess, context.now)}`;
  const failures = `${feed.failureCount} ${feed.failureCount === 1 ? "failure" : "failures"} in a row`;
  const lastError = feed.lastError === null ? "" : ` (${feed.lastError})`;
  switch (feedState(feed)) {
    case "disabled":
      return `disabled: ${feed.disabledReason} · ${failures}${lastError} · ${success}`;
    case "failing":
      return `failing: ${failures}${lastError}, disabled after ${context.maxFailures} · ${success}`;
    default:
      return feed.lastFetchedAt === null ? "ok · not fetched yet" : `ok · ${success}`;
  }
}
