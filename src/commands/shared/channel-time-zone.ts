import type { SubscriptionStore } from "../../store/subscription-queries.js";

/**
 * The time zone a channel reads times in: that of its subscription to `topic`, else of any of its
 * subscriptions, else UTC. Channels have no zone of their own; their subscriptions say it.
 */
export async function channelTimeZone(
  store: Pick<SubscriptionStore, "listSubscriptions">,
  where: { workspaceId: string; channel: string },
  topic?: string,
): Promise<string> {
  const subscriptions = await store.listSubscriptions(where);
  const own = subscriptions.find((subscription) => subscription.topic === topic);
  return (own ?? subscriptions[0])?.timezone ?? "UTC";
}
