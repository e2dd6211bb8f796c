import type { TopicConfig } from "../config/config-schema.js";
import type { Store } from "../store/store.js";

/**
 * Seed the topics named in config into the store. A topic that already exists is left alone:
 * an admin may have edited it from chat, and a restart must never undo that.
 */
export async function syncConfigTopics(store: Store, topics: TopicConfig[], now: Date): Promise<void> {
  for (const topic of topics) {
    const existing = await store.getTopic(topic.workspace, topic.name);
    if (existing) continue;
    await store.upsertTopic({
      workspaceId: topic.workspace,
      name: topic.name,
      query: topic.query,
      createdAt: now.toISOString(),
    });
  }
}
