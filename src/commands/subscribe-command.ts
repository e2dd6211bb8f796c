import { nextSlot } from "../delivery/next-slot.js";
import type { Subscription } from "../delivery/subscription.js";
import { subscriptionIdFor } from "../delivery/subscription-id.js";
import type { CommandDeps } from "./command-deps.js";
import type { Reply } from "./reply.js";
import { actorOf, channelAddress } from "./shared/channel-address.js";
import { channelTimeZone } from "./shared/channel-time-zone.js";
import { type CommandInput, text } from "./shared/command-run.js";
import { formatDateTime } from "./shared/format-time.js";
import { notifySubscriptionsChanged } from "./shared/notify-subscriptions-changed.js";
import { recordChange } from "./shared/record-change.js";
import { errorReply, successReply } from "./shared/replies.js";
import { resolveTopic, topicTitle } from "./shared/resolve-topic.js";
import { canonicalTimeZone } from "./shared/time-zones.js";

const timePattern = /^([01]?\d|2[0-3]):([0-5]\d)$/u;

/**
 * `/subscribe topic [time] [timezone]` (admins): post a daily briefing of a topic to this channel
 * at HH:MM (default 08:00) in an IANA zone (default: the zone of the channel's subscription to this
 * topic, else of any of its subscriptions, else UTC).
 * Subscribing again changes the time; the answer says when the next briefing comes.
 */
export async function subscribeCommand(input: CommandInput, deps: CommandDeps): Promise<Reply> {
  const { context } = input.request;
  const found = await resolveTopic(deps.store, context, text(input.options, "topic"));
  if (!found.ok) return found.reply;
  const typedTime = text(input.options, "time") ?? "08:00";
  const time = timePattern.exec(typedTime);
  if (time === null) {
    return errorReply(`“${typedTime}” is not a time of day.`, [
      "Expected HH:MM, 24-hour, e.g. 08:00 or 17:30.",
    ]);
  }
  const channel = channelAddress(context);
  const typedZone = text(input.options, "timezone");
  const timezone =
    typedZone === undefined
      ? await channelTimeZone(deps.store, { workspaceId: context.workspaceId, channel }, found.topic.name)
      : canonicalTimeZone(typedZone);
  if (timezone === undefined) {
    return errorReply(`“${typedZone}” is not a known time zone.`, [
      "Expected an IANA zone such as Europe/Kyiv, America/New_York or UTC.",
    ]);
  }
  const [hours, minutes] = [Number(time[1]), Number(time[2])];
  const now = deps.now();
  const topic = found.topic.name;
  const id = subscriptionIdFor(context.workspaceId, channel, topic);
  const before = await deps.store.getSubscription(id);
  const subscription: Subscription = {
    id,
    workspaceId: context.workspaceId,
    channel,
    topic,
    cron: `${minutes} ${hours} * * *`,
    timezone,
    source: "admin",
    createdBy: actorOf(context),
    createdAt: now.toISOString(),
    updatedBy: actorOf(context),
    updatedAt: now.toISOString(),
    pausedReason: null,
  };
  await deps.store.upsertSubscription(subscription);
  const at = `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
  await recordChange(deps, context, {
    action: "subscribe",
    target: `${channel} ${topic}`,
    detail: `${at} ${timezone}`,
  });
  await notifySubscriptionsChanged(deps);
  const next = nextSlot(subscription.cron, timezone, now);
  const title = `${before === undefined ? "Subscribed" : "Subscription changed"}: ${topicTitle(found.topic)} every day at ${at} ${timezone}.`;
  return successReply(title, [
    {
      lines: [
        [
          next === null
            ? "No delivery is scheduled."
            : `Next briefing: ${formatDateTime(next.toISOString(), timezone)}.`,
        ],
      ],
    },
  ]);
}
