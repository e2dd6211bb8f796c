import type { CommandDeps } from "./command-deps.js";
import type { Reply } from "./reply.js";
import { channelAddress } from "./shared/channel-address.js";
import { type CommandInput, text } from "./shared/command-run.js";
import { notifySubscriptionsChanged } from "./shared/notify-subscriptions-changed.js";
import { recordChange } from "./shared/record-change.js";
import { errorReply, infoReply, successReply } from "./shared/replies.js";

/**
 * `/unsubscribe [topic]` (admins): stop this channel's briefings of a topic, or all of them when no
 * topic is given. Other channels' subscriptions are never touched.
 */
export async function unsubscribeCommand(input: CommandInput, deps: CommandDeps): Promise<Reply> {
  const { context } = input.request;
  const channel = channelAddress(context);
  const topic = text(input.options, "topic");
  const subscriptions = await deps.store.listSubscriptions({ workspaceId: context.workspaceId, channel });
  if (subscriptions.length === 0) return infoReply("This channel has no subscriptions.");
  const removed = topic === undefined ? subscriptions : subscriptions.filter((s) => s.topic === topic);
  if (removed.length === 0) {
    return errorReply(`This channel is not subscribed to “${topic}”.`, [
      `Its subscriptions: ${subscriptions.map((s) => s.topic).join(", ")}.`,
    ]);
  }
  for (const subscription of removed) {
    await deps.store.removeSubscription(subscription.id);
    await recordChange(deps, context, {
      action: "unsubscribe",
      target: `${channel} ${subscription.topic}`,
      detail: null,
    });
  }
  await notifySubscriptionsChanged(deps);
  const names = removed.map((s) => s.topic).join(", ");
  return successReply(
    `Unsubscribed from ${names}: this channel gets no more briefings of ${removed.length === 1 ? "it" : "them"}.`,
  );
}
