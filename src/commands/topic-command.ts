import { visibleTopics } from "../pipeline/visible-topics.js";
import { shorten } from "../text/shorten.js";
import type { CommandDeps } from "./command-deps.js";
import type { Reply, ReplyLine } from "./reply.js";
import type { CommandInput } from "./shared/command-run.js";
import { infoReply } from "./shared/replies.js";
import { topicTitle } from "./shared/resolve-topic.js";
import { addTopic } from "./topic/add-topic.js";
import { removeTopic } from "./topic/remove-topic.js";
import { testTopic } from "./topic/test-topic.js";

/** `/topic add|list|remove|test`: the workspace's topics (the subcommand was checked by the caller). */
export async function topicCommand(input: CommandInput, deps: CommandDeps): Promise<Reply> {
  switch (input.request.subcommand) {
    case "add":
      return addTopic(input, deps);
    case "remove":
      return removeTopic(input, deps);
    case "test":
      return testTopic(input, deps);
    default:
      return listTopics(input, deps);
  }
}

const maxListed = 25;

/** `/topic list`: the workspace's own topics, then the default set, each marked. */
async function listTopics(input: CommandInput, deps: CommandDeps): Promise<Reply> {
  const topics = await visibleTopics(deps.store, input.request.context.workspaceId);
  if (topics.length === 0) {
    return infoReply("No topics yet.", [{ lines: [["An admin can add one with /topic add."]] }]);
  }
  const lines: ReplyLine[] = topics
    .slice(0, maxListed)
    .map(({ topic, origin, overridesDefault }) => [
      { text: topic.name, bold: true },
      ` — ${topicTitle(topic)}`,
      origin === "default"
        ? " (default)"
        : overridesDefault
          ? " (this workspace, overrides the default)"
          : " (this workspace)",
      ": ",
      { text: shorten(topic.query, 200), code: true },
    ]);
  if (topics.length > maxListed) lines.push([`+${topics.length - maxListed} more`]);
  return infoReply(`${topics.length === 1 ? "1 topic" : `${topics.length} topics`}`, [{ lines }]);
}
