import { readableName } from "../../briefing/compose-briefing.js";
import { findTopic } from "../../pipeline/find-topic.js";
import type { SubscriptionStore } from "../../store/subscription-queries.js";
import type { TopicStore } from "../../store/topic-queries.js";
import type { Topic } from "../../topics/topic.js";
import type { CommandContext } from "../command-request.js";
import type { Reply } from "../reply.js";
import { channelAddress } from "./channel-address.js";
import { errorReply } from "./replies.js";

/** The topic a command means, or the answer saying why there is none. */
export type ResolvedTopic = { ok: true; topic: Topic } | { ok: false; reply: Reply };

const shownNames = 15;

/**
 * `findTopic` for a slash command: the named topic, else the channel's subscribed one, else the
 * workspace's only or first. An unknown name or a workspace without topics is a short error.
 */
export async function resolveTopic(
  store: Pick<TopicStore, "listTopics"> & Pick<SubscriptionStore, "listSubscriptions">,
  context: CommandContext,
  name: string | undefined,
): Promise<ResolvedTopic> {
  const found = await findTopic(store, {
    workspaceId: context.workspaceId,
    channel: channelAddress(context),
    ...(name === undefined ? {} : { name }),
  });
  if (found.kind === "found") return { ok: true, topic: found.topic };
  if (found.kind === "none") {
    return {
      ok: false,
      reply: errorReply("This workspace has no topics yet.", ["An admin can add one with /topic add."]),
    };
  }
  const names = found.known.slice(0, shownNames).join(", ");
  const more = found.known.length > shownNames ? ` and ${found.known.length - shownNames} more` : "";
  return {
    ok: false,
    reply: errorReply(`Unknown topic “${found.name}”.`, [
      found.known.length === 0
        ? "There are no topics yet."
        : `Topics here: ${names}${more} (see /topic list).`,
    ]),
  };
}

/** The heading of a topic: its title, else its name made readable ("peace-plan" → "Peace plan"). */
export function topicTitle(topic: Topic): string {
  return topic.title ?? readableName(topic.name);
}
