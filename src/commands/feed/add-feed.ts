import { feedIdFor } from "../../ingest/feed-id.js";
import type { FeedRecord } from "../../ingest/feed-record.js";
import type { CommandDeps } from "../command-deps.js";
import type { Reply, ReplyLine } from "../reply.js";
import { type CommandInput, text } from "../shared/command-run.js";
import { displayUrl, redactText } from "../shared/display-url.js";
import { recordChange } from "../shared/record-change.js";
import { errorReply, infoReply, successReply } from "../shared/replies.js";
import { explainFailure } from "./explain-failure.js";

const shownItems = 3;

/**
 * `/feed add url [outlet]` (admins): check the feed once through the address guard (the same
 * check as `newsbrief check-feed`) and store it only when it is usable. Adding a disabled feed
 * again re-enables it with its failures forgotten; an active one is left as it is.
 */
export async function addFeed(input: CommandInput, deps: CommandDeps): Promise<Reply> {
  const { context } = input.request;
  const url = text(input.options, "url") ?? "";
  const outlet = text(input.options, "outlet");
  const shown = displayUrl(url);
  // Only http(s): the check must never be talked into reading anything else.
  if (!/^https?:\/\//iu.test(url) || !URL.canParse(url)) {
    return errorReply(`“${shown}” is not a feed URL.`, [
      "Expected the http(s) address of an RSS or Atom feed, e.g. https://example.com/feed.xml.",
    ]);
  }
  const existing = await deps.store.getFeed(feedIdFor(url));
  if (existing !== undefined && existing.disabledReason === null) {
    const whose =
      existing.source === "config"
        ? "It is in the configuration."
        : existing.workspaceId === context.workspaceId
          ? "This workspace added it."
          : "Another workspace added it; its articles reach this workspace's topics too.";
    return infoReply("This feed is already read.", [{ lines: [[{ text: shown, code: true }], [whose]] }]);
  }
  const checked = await deps.checkFeed(url);
  if (checked.kind === "failed") {
    return errorReply(
      `The feed was refused: ${explainFailure(checked.reason)}.`,
      [{ text: `${checked.reason}: ${redactText(checked.detail)}`, code: true }],
      ["Expected a public http(s) address that serves RSS or Atom."],
    );
  }
  const now = deps.now().toISOString();
  if (existing !== undefined) await reenable(existing, outlet, deps, now);
  else
    await deps.store.upsertFeed({
      url,
      outlet: outlet ?? null,
      source: "admin",
      workspaceId: context.workspaceId,
      nextPollAt: now,
    });
  await recordChange(deps, context, {
    action: "feed.add",
    target: shown,
    detail: existing === undefined ? (outlet ?? null) : "re-enabled",
  });
  const lines: ReplyLine[] = [
    [{ text: shown, code: true }],
    [`${checked.articles.length} ${checked.articles.length === 1 ? "item" : "items"} · ${checked.format}`],
    ...checked.articles
      .slice(0, shownItems)
      .map(
        (article): ReplyLine => [
          "• ",
          article.url === null ? article.title : { text: article.title, url: article.url },
        ],
      ),
  ];
  const name = checked.title || outlet || new URL(url).host;
  const title =
    existing === undefined
      ? `Feed added: ${name}.`
      : `Feed re-enabled: ${name} (its failures are forgotten).`;
  return successReply(title, [{ lines }]);
}

async function reenable(
  feed: FeedRecord,
  outlet: string | undefined,
  deps: CommandDeps,
  now: string,
): Promise<void> {
  // A new outlet name is taken only for the workspace's own feed, never for a shared config feed.
  if (outlet !== undefined && feed.source === "admin") {
    await deps.store.upsertFeed({
      url: feed.url,
      outlet,
      fullText: feed.fullText,
      source: "admin",
      workspaceId: feed.workspaceId,
    });
  }
  await deps.store.enableFeed(feed.id, now);
}
