import type { TopicConfig } from "../config/config-schema.js";
import type { Store } from "../store/store.js";

/**
 * Seed the topics named in config into the store. A topic that already exists keeps its query:
 * an admin may have edited it from chat, and a restart must never undo that. Only its title
 * follows the config, since chat has no way to set one.
 */
export async function syncConfigTopics(store: Store, topics: TopicConfig[], now: Date): Promise<void> {
  for (const topic of topics) {
    const existing = await store.getTopic(topic.workspace, topic.name);
    if (existing) {
      if (topic.title !== undefined && existing.title !== topic.title)
        await store.upsertTopic({ ...existing, title: topic.title });
      continue;
    }
    await store.upsertTopic({
      workspaceId: topic.workspace,
      name: topic.name,
      ...(topic.title === undefined ? {} : { title: topic.title }),
      query: topic.query,
      createdAt: now.toISOString(),
    });
  }
}
