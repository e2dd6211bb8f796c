import type { SubscriptionStore } from "../../store/subscription-queries.js";
import type { TopicStore } from "../../store/topic-queries.js";

/** Topic and subscription reads, and whole answers, remembered for a few seconds. */
export interface SettingsCache
  extends Pick<TopicStore, "listTopics">,
    Pick<SubscriptionStore, "listSubscriptions"> {
  /**
   * `read()`'s result for `key`: shared by every caller while it runs, then reused until it is
   * `ttlMs` old. A failure is never reused.
   */
  remember<T>(key: string, read: () => Promise<T>): Promise<T>;
  /** Forget everything: called after any change made through this handler. */
  clear(): void;
}

const maxEntries = 10_000;

/**
 * A short-lived cache for what every `/latest` reads: the workspace's topics and the channel's
 * subscriptions (tiny, rarely changed, yet under a burst of commands most of the store's work),
 * and the answers themselves. Why answers may be reused for a few seconds: claims arrive with
 * ingest cycles minutes apart, while a burst of the same question is common. Changes made through
 * this handler clear it at once; changes made elsewhere (another replica, the CLI, new claims)
 * show within `ttlMs`. With `ttlMs` 0 only concurrent identical reads are shared.
 */
export function createSettingsCache(
  store: Pick<TopicStore, "listTopics"> & Pick<SubscriptionStore, "listSubscriptions">,
  ttlMs: number,
): SettingsCache {
  const entries = new Map<string, { at: number; settled: boolean; value: Promise<unknown> }>();
  function remember<T>(key: string, read: () => Promise<T>): Promise<T> {
    const now = performance.now();
    const kept = entries.get(key);
    if (kept !== undefined && (!kept.settled || now - kept.at <= ttlMs)) return kept.value as Promise<T>;
    if (entries.size >= maxEntries) entries.clear();
    const entry = { at: now, settled: false, value: read() as Promise<unknown> };
    entries.set(key, entry);
    const forget = () => {
      if (entries.get(key) === entry) entries.delete(key);
    };
    entry.value.then(() => {
      entry.settled = true;
      entry.at = performance.now();
      if (ttlMs <= 0) forget();
    }, forget);
    return entry.value as Promise<T>;
  }
  return {
    remember,
    listTopics: (workspaceId) => remember(`topics\n${workspaceId}`, () => store.listTopics(workspaceId)),
    listSubscriptions: (filter = {}) =>
      remember(`subscriptions\n${filter.workspaceId ?? ""}\n${filter.channel ?? ""}`, () =>
        store.listSubscriptions(filter),
      ),
    clear: () => entries.clear(),
  };
}
