import type { TopicStore } from "../store/topic-queries.js";
import type { Topic } from "../topics/topic.js";

/** The workspace config topics are seeded into: every other workspace sees its topics too. */
export const defaultWorkspace = "default";

/** A topic as one workspace sees it. */
export interface VisibleTopic {
  topic: Topic;
  /** "workspace": the workspace's own; "default": from the default set every workspace sees. */
  origin: "workspace" | "default";
  /** True for a workspace topic that hides a default topic of the same name. */
  overridesDefault: boolean;
}

/**
 * The topics a workspace sees: its own, then the default set (workspace "default", seeded from
 * config), each by name. A workspace topic of the same name as a default one overrides it, so an
 * admin can change a shared topic for their workspace only. `configured` are config topics the
 * store may not hold yet (a CLI command on a store `run` never seeded): a stored topic keeps its
 * query (an admin may have edited it) but takes the configured title, as at startup.
 */
export async function visibleTopics(
  store: Pick<TopicStore, "listTopics">,
  workspaceId: string,
  configured: readonly Topic[] = [],
): Promise<VisibleTopic[]> {
  const own = withConfigured(await store.listTopics(workspaceId), configured, workspaceId);
  if (workspaceId === defaultWorkspace) {
    return own.map((topic) => ({ topic, origin: "default", overridesDefault: false }));
  }
  const defaults = withConfigured(await store.listTopics(defaultWorkspace), configured, defaultWorkspace);
  const ownNames = new Set(own.map((topic) => topic.name));
  return [
    ...own.map((topic) => ({
      topic,
      origin: "workspace" as const,
      overridesDefault: defaults.some((other) => other.name === topic.name),
    })),
    ...defaults
      .filter((topic) => !ownNames.has(topic.name))
      .map((topic) => ({ topic, origin: "default" as const, overridesDefault: false })),
  ];
}

/** Stored topics of one workspace merged with its configured ones, by name. */
function withConfigured(stored: Topic[], configured: readonly Topic[], workspaceId: string): Topic[] {
  const byName = new Map(stored.map((topic) => [topic.name, topic]));
  for (const topic of configured) {
    if (topic.workspaceId !== workspaceId) continue;
    const kept = byName.get(topic.name);
    if (kept === undefined) byName.set(topic.name, topic);
    else if (topic.title !== undefined) byName.set(topic.name, { ...kept, title: topic.title });
  }
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
