import type { CommandDeps } from "../command-deps.js";
import type { Reply, ReplyLine } from "../reply.js";
import type { CommandInput } from "../shared/command-run.js";
import { displayUrl } from "../shared/display-url.js";
import { infoReply } from "../shared/replies.js";
import { feedHealth, feedState } from "./feed-health.js";
import { feedLabel } from "./feed-label.js";
import { workspaceFeeds } from "./workspace-feeds.js";

const maxListed = 20;

/**
 * `/feed list`: the feeds this workspace sees, failing and disabled ones first, each with its
 * health (last success, failures in a row, why it was disabled). URLs are shown without
 * credentials.
 */
export async function listFeeds(input: CommandInput, deps: CommandDeps): Promise<Reply> {
  const feeds = await workspaceFeeds(deps.store, input.request.context.workspaceId);
  if (feeds.length === 0)
    return infoReply("No feeds yet.", [{ lines: [["An admin can add one with /feed add."]] }]);
  const successes = await deps.store.lastFeedSuccesses();
  const rank = { disabled: 0, failing: 1, healthy: 2 };
  const ordered = [...feeds].sort((a, b) => rank[feedState(a)] - rank[feedState(b)]);
  const context = { now: deps.now(), maxFailures: deps.ingest.maxFailures };
  const lines: ReplyLine[] = ordered
    .slice(0, maxListed)
    .flatMap((feed): ReplyLine[] => [
      [
        { text: feedLabel(feed), bold: true },
        feed.source === "config" ? " (config) " : " ",
        { text: displayUrl(feed.url), code: true },
      ],
      [`    ${feedHealth(feed, successes.get(feed.id), context)}`],
    ]);
  if (feeds.length > maxListed) lines.push([`+${feeds.length - maxListed} more`]);
  const counts = { healthy: 0, failing: 0, disabled: 0 };
  for (const feed of feeds) counts[feedState(feed)] += 1;
  return infoReply(
    `${feeds.length} ${feeds.length === 1 ? "feed" : "feeds"}: ${counts.healthy} healthy, ${counts.failing} failing, ${counts.disabled} disabled`,
    [{ lines }],
  );
}
