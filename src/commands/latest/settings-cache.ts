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
  /** How many reads and answers are held now. */
  size(): number;
}

/**
 * Entries held at most; past it the least recently asked goes. Why this few: an answer is only
 * worth keeping for a burst of the same question, and under a stream of distinct ones thousands
 * of answers nobody will be given again would hold tens of megabytes until they expire.
 */
export const maxCacheEntries = 2_000;

/**
 * A short-lived cache for what every `/latest` reads: the workspace's topics and the channel's
 * subscriptions (tiny, rarely changed, yet under a burst of commands most of the store's work),
 * and the answers themselves. Why answers may be reused for a few seconds: claims arrive with
 * ingest cycles minutes apart, while a burst of the same question is common. Changes made through
 * this handler clear it at once. Answers older than `ttlMs` are computed afresh; topics and
 * subscriptions older than that are served once more while a background read renews them, so a
 * change made elsewhere (another replica, the CLI) shows within `ttlMs` of the next command after
 * it. New claims show within `ttlMs`. With `ttlMs` 0 only concurrent identical reads are shared.
 */
export function createSettingsCache(
  store: Pick<TopicStore, "listTopics"> & Pick<SubscriptionStore, "listSubscriptions">,
  ttlMs: number,
): SettingsCache {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently asked first.
  const entries = new Map<string, Entry>();
  const keep = (key: string, entry: Entry) => {
    entries.delete(key);
    entries.set(key, entry);
    if (entries.size > maxCacheEntries) {
      const oldest = entries.keys().next().value;
      if (oldest !== undefined) entries.delete(oldest);
    }
  };
  function remember<T>(
    key: string,
    read: () => Promise<T>,
    kind: "answer" | "setting" = "answer",
  ): Promise<T> {
    const now = performance.now();
    const kept = entries.get(key);
    if (kept !== undefined && (!kept.settled || now - kept.at <= ttlMs)) {
      keep(key, kept);
      return kept.value as Promise<T>;
    }
    if (kept !== undefined && kind === "setting" && ttlMs > 0) {
      // A setting past its time is still served while one read in the background renews it: under
      // a burst, every command waiting on that read queues behind all the others' store reads.
      kept.renewing ??= read().then(
        (value) => {
          if (entries.get(key) === kept) entries.set(key, settledEntry(value));
        },
        () => {
          kept.renewing = undefined;
        },
      );
      keep(key, kept);
      return kept.value as Promise<T>;
    }
    const entry: Entry = { at: now, settled: false, value: read() as Promise<unknown> };
    keep(key, entry);
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
    listTopics: (workspaceId) =>
      remember(`topics\n${workspaceId}`, () => store.listTopics(workspaceId), "setting"),
    listSubscriptions: (filter = {}) =>
      remember(
        `subscriptions\n${filter.workspaceId ?? ""}\n${filter.channel ?? ""}`,
        () => store.listSubscriptions(filter),
        "setting",
      ),
    clear: () => entries.clear(),
    size: () => entries.size,
  };
}

interface Entry {
  at: number;
  settled: boolean;
  value: Promise<unknown>;
  /** The background read renewing a setting past its time. */
  renewing?: Promise<void> | undefined;
}

function settledEntry(value: unknown): Entry {
  return { at: performance.now(), settled: true, value: Promise.resolve(value) };
}
