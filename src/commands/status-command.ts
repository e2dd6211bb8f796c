import type { BriefingRecord } from "../delivery/briefing-record.js";
import { nextSlot } from "../delivery/next-slot.js";
import type { Subscription } from "../delivery/subscription.js";
import type { CommandDeps } from "./command-deps.js";
import { feedState } from "./feed/feed-health.js";
import { workspaceFeeds } from "./feed/workspace-feeds.js";
import type { Reply, ReplyLine } from "./reply.js";
import { channelAddress } from "./shared/channel-address.js";
import type { CommandInput } from "./shared/command-run.js";
import { formatAgo, formatDateTime } from "./shared/format-time.js";
import { infoReply } from "./shared/replies.js";

/**
 * `/status`: when feeds were last fetched, how many are healthy, failing or disabled, this
 * channel's subscriptions with their next briefing, and any of its briefings still waiting to go
 * out (retrying) or given up, with why.
 */
export async function statusCommand(input: CommandInput, deps: CommandDeps): Promise<Reply> {
  const { context } = input.request;
  const now = deps.now();
  const channelId = channelAddress(context);
  const [feeds, subscriptions, unsent] = await Promise.all([
    workspaceFeeds(deps.store, context.workspaceId),
    deps.store.listSubscriptions({ workspaceId: context.workspaceId, channel: channelId }),
    deps.store.unsentBriefings({ workspaceId: context.workspaceId, channel: channelId }, shownUnsent),
  ]);
  const counts = { healthy: 0, failing: 0, disabled: 0 };
  let lastFetch: string | undefined;
  for (const feed of feeds) {
    counts[feedState(feed)] += 1;
    if (feed.lastFetchedAt !== null && (lastFetch === undefined || feed.lastFetchedAt > lastFetch))
      lastFetch = feed.lastFetchedAt;
  }
  const ingest: ReplyLine[] = [
    [
      lastFetch === undefined
        ? "Last ingest: no feed fetched yet."
        : `Last ingest: ${formatDateTime(lastFetch, "UTC")} (${formatAgo(lastFetch, now)}).`,
    ],
    [
      `Feeds: ${counts.healthy} healthy, ${counts.failing} failing, ${counts.disabled} disabled (/feed list for details).`,
    ],
  ];
  const channel: ReplyLine[] =
    subscriptions.length === 0
      ? [["No subscriptions: an admin can add one with /subscribe."]]
      : subscriptions.map((subscription) => subscriptionLine(subscription, now));
  const sections = [
    { heading: "Ingest", lines: ingest },
    { heading: "This channel", lines: channel },
  ];
  if (unsent.length > 0)
    sections.push({ heading: "Briefings waiting or failed", lines: unsent.map(unsentLine) });
  return infoReply("newsbrief status", sections);
}

const shownUnsent = 5;

/** "peace-plan, slot Fri 21 Nov 2025, 08:00 UTC · waiting (attempt 2): slack answered 500". */
function unsentLine(briefing: BriefingRecord): ReplyLine {
  const slot = formatDateTime(briefing.slot, "UTC");
  const state =
    briefing.status === "failed"
      ? `failed: ${briefing.lastError ?? "unknown reason"}`
      : `waiting (${briefing.attempts} attempt${briefing.attempts === 1 ? "" : "s"} so far${
          briefing.lastError === null ? "" : `; last: ${briefing.lastError}`
        })`;
  return [{ text: briefing.topic, bold: true }, `, slot ${slot} · ${state}`];
}

/** "peace-plan: daily 08:00 Europe/Kyiv · next Fri 21 Nov 2025, 08:00 Europe/Kyiv". */
function subscriptionLine(subscription: Subscription, now: Date): ReplyLine {
  const [minute = "0", hour = "0"] = subscription.cron.split(" ");
  const daily = /^\d+$/u.test(minute) && /^\d+$/u.test(hour) && subscription.cron.endsWith(" * * *");
  const when = daily
    ? `daily ${hour.padStart(2, "0")}:${minute.padStart(2, "0")} ${subscription.timezone}`
    : `on “${subscription.cron}” ${subscription.timezone}`;
  if (subscription.pausedReason !== null) {
    return [{ text: subscription.topic, bold: true }, `: ${when} · paused: ${subscription.pausedReason}`];
  }
  const next = nextSlot(subscription.cron, subscription.timezone, now);
  const nextText =
    next === null
      ? "no delivery scheduled"
      : `next ${formatDateTime(next.toISOString(), subscription.timezone)}`;
  return [{ text: subscription.topic, bold: true }, `: ${when} · ${nextText}`];
}
