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
 * (else the last 24 hours), now, in the channel's time zone. It is not recorded in the ledger:
 * the next scheduled briefing still covers everything since the last scheduled one.
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
  const briefing = await composeBriefing({ store: deps.store }, { topic, window, timezone });
  return {
    ephemeral: !flag(input.options, "public"),
    title: `${briefing.topic.title} · ${briefing.period.label}`,
    sections: [],
    briefing,
    tone: "info",
  };
}
