import { feedIdFor } from "../../ingest/feed-id.js";
import type { CommandDeps } from "../command-deps.js";
import type { Reply } from "../reply.js";
import { type CommandInput, text } from "../shared/command-run.js";
import { displayUrl } from "../shared/display-url.js";
import { recordChange } from "../shared/record-change.js";
import { errorReply, successReply } from "../shared/replies.js";
import { feedLabel } from "./feed-label.js";

/** A feed id as autocomplete offers it for URLs too long or too secret to send back. */
const feedId = /^[0-9a-f]{16}$/u;

/**
 * `/feed remove url` (admins): stop reading one of the workspace's own feeds. Its articles stay
 * (they are never "new" again). Feeds from the configuration are not removed from chat, and
 * another workspace's feed is not this workspace's to remove.
 */
export async function removeFeed(input: CommandInput, deps: CommandDeps): Promise<Reply> {
  const { context } = input.request;
  const typed = text(input.options, "url") ?? "";
  const feed = await deps.store.getFeed(feedId.test(typed) ? typed : feedIdFor(typed));
  const notFound = errorReply(`No feed “${displayUrl(typed)}” here.`, [
    "Expected the URL of one of this workspace's feeds (see /feed list).",
  ]);
  if (feed === undefined) return notFound;
  if (feed.source === "config") {
    return errorReply("This feed comes from the configuration and can't be removed from chat.", [
      "An operator removes it from the config file.",
    ]);
  }
  if (feed.workspaceId !== context.workspaceId) return notFound;
  await deps.store.removeFeed(feed.id);
  const shown = displayUrl(feed.url);
  await recordChange(deps, context, { action: "feed.remove", target: shown, detail: null });
  return successReply(`Feed removed: ${feedLabel(feed)}.`, [
    { lines: [[{ text: shown, code: true }], ["Its articles stay; it is not fetched any more."]] },
  ]);
}
