import type { CommandDeps } from "./command-deps.js";
import { addFeed } from "./feed/add-feed.js";
import { listFeeds } from "./feed/list-feeds.js";
import { removeFeed } from "./feed/remove-feed.js";
import type { Reply } from "./reply.js";
import type { CommandInput } from "./shared/command-run.js";

/** `/feed add|list|remove`: the feeds the bot reads (the subcommand was checked by the caller). */
export async function feedCommand(input: CommandInput, deps: CommandDeps): Promise<Reply> {
  switch (input.request.subcommand) {
    case "add":
      return addFeed(input, deps);
    case "remove":
      return removeFeed(input, deps);
    default:
      return listFeeds(input, deps);
  }
}
