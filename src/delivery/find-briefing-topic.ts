import type { TopicStore } from "../store/topic-queries.js";
import type { Topic } from "../topics/topic.js";

/** A workspace's own topic of that name, else the default (config) one every workspace sees. */
export async function findBriefingTopic(
  store: TopicStore,
  workspaceId: string,
  name: string,
): Promise<Topic | undefined> {
  return (await store.getTopic(workspaceId, name)) ?? (await store.getTopic("default", name));
}
