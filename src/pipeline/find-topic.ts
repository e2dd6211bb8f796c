import type { SubscriptionStore } from "../store/subscription-queries.js";
import type { TopicStore } from "../store/topic-queries.js";
import type { Topic } from "../topics/topic.js";
import { type VisibleTopic, visibleTopics } from "./visible-topics.js";

/** Which topic a command or CLI call means. */
export interface FindTopicRequest {
  workspaceId: string;
  /** The topic name as typed; absent: the channel's subscribed topic, else the workspace's only or first. */
  name?: string;
  /** Channel address ("slack:C123", "console") whose subscription decides when no name is given. */
  channel?: string;
  /** Config topics the store may not hold yet (see `visibleTopics`). */
  configured?: readonly Topic[];
}

/** What `findTopic` found: the topic, or why there is none. Expected outcomes, so values. */
export type TopicLookup =
  | {
      kind: "found";
      topic: Topic;
      /** Whether it is the workspace's own topic or one of the default set. */
      origin: VisibleTopic["origin"];
      /** How it was chosen: named, the channel's subscription, or the workspace's only/first topic. */
      via: "name" | "subscription" | "first";
    }
  /** A name was given that the workspace does not see; `known` are the names it does. */
  | { kind: "unknown"; name: string; known: string[] }
  /** No name was given and the workspace sees no topic at all. */
  | { kind: "none" };

/**
 * The one way to find the topic of a request, for slash commands and the CLI alike. An explicit
 * name is looked up among the workspace's own topics, then the default set; without a name the
 * channel's subscribed topic wins, else the workspace's only or first topic (own before default).
 */
export async function findTopic(
  store: Pick<TopicStore, "listTopics"> & Pick<SubscriptionStore, "listSubscriptions">,
  request: FindTopicRequest,
): Promise<TopicLookup> {
  const visible = await visibleTopics(store, request.workspaceId, request.configured);
  const byName = (name: string) => visible.find((entry) => entry.topic.name === name);
  if (request.name !== undefined) {
    const entry = byName(request.name);
    if (entry === undefined) {
      return { kind: "unknown", name: request.name, known: visible.map((item) => item.topic.name) };
    }
    return { kind: "found", topic: entry.topic, origin: entry.origin, via: "name" };
  }
  if (request.channel !== undefined) {
    const subscriptions = await store.listSubscriptions({
      workspaceId: request.workspaceId,
      channel: request.channel,
    });
    // A subscription may outlive its topic; the next one (or the first topic) is used then.
    for (const subscription of subscriptions) {
      const entry = byName(subscription.topic);
      if (entry) return { kind: "found", topic: entry.topic, origin: entry.origin, via: "subscription" };
    }
  }
  const first = visible[0];
  if (first === undefined) return { kind: "none" };
  return { kind: "found", topic: first.topic, origin: first.origin, via: "first" };
}
