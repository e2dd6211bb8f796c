import { composeBriefing } from "../briefing/compose-briefing.js";
import { defaultWindow } from "../pipeline/default-window.js";
import type { CommandDeps } from "./command-deps.js";
import type { Reply } from "./reply.js";
import { channelAddress } from "./shared/channel-address.js";
import { channelTimeZone } from "./shared/channel-time-zone.js";
import { type CommandInput, flag, text } from "./shared/command-run.js";
import { resolveTopic } from "./shared/resolve-topic.js";

/**
 * `/briefing [topic] [public]`: the briefing since this channel's last posted one of the topic
 * (else the last 24 hours), now, in the channel's time zone. Privately it is only shown to the
 * asker and changes nothing. With `public` it goes through the outbox like a scheduled one
 * (retries, exactly once) and counts as the channel's briefing: the next scheduled one starts
 * where it ended.
 */
export async function briefingCommand(input: CommandInput, deps: CommandDeps): Promise<Reply> {
  const { context } = input.request;
  const found = await resolveTopic(deps.store, context, text(input.options, "topic"));
  if (!found.ok) return found.reply;
  const { topic } = found;
  const channel = channelAddress(context);
  const [window, timezone] = await Promise.all([
    defaultWindow(deps.store, {
      channel,
      workspaceId: context.workspaceId,
      topic: topic.name,
      until: deps.now(),
    }),
    channelTimeZone(deps.store, { workspaceId: context.workspaceId, channel }, topic.name),
  ]);
  if (flag(input.options, "public")) {
    // Keyed to the second: asking twice at once posts once.
    const slot = new Date(Math.floor(deps.now().getTime() / 1000) * 1000);
    const outcome = await deps.queueBriefing({
      subscriptionId: null,
      workspaceId: context.workspaceId,
      channel,
      topic: topic.name,
      timezone,
      slot,
    });
    const title =
      outcome.kind === "queued"
        ? outcome.briefing.briefing.counts.articles === 0
          ? `Posting the ${topic.name} briefing to this channel: nothing new since the last one.`
          : `Posting the ${topic.name} briefing to this channel now.`
        : "That briefing is already on its way to this channel.";
    return { ephemeral: true, title, sections: [], tone: "success" };
  }
  const briefing = await composeBriefing({ store: deps.store }, { topic, window, timezone });
  return {
    ephemeral: true,
    title: `${briefing.topic.title} · ${briefing.period.label}`,
    sections: [],
    briefing,
    tone: "info",
  };
}
