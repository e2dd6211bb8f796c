import { setImmediate as nextTurn } from "node:timers/promises";
import type { ArticleCursor, TopicMatchStore } from "../store/topic-match-queries.js";
import { decideTopicMatches } from "../topics/decide-topic-matches.js";
import { topicQueryKey } from "../topics/topic-query-key.js";

/** Articles matched per page: small enough that a command waits at most a few milliseconds. */
const pageSize = 200;

/**
 * Decide every stored article's verdict for one topic query that has none yet, newest first,
 * one page at a time, letting other work run between pages. Stops early when `stopped()` says
 * so. Returns how many verdicts were kept.
 */
export async function backfillTopicMatches(
  store: TopicMatchStore,
  query: string,
  stopped: () => boolean,
): Promise<number> {
  const key = topicQueryKey(query);
  let before: ArticleCursor | undefined;
  let kept = 0;
  while (!stopped()) {
    const page = await store.articlesToMatch(key, { limit: pageSize, ...(before ? { before } : {}) });
    if (page.length === 0) break;
    await store.saveTopicMatches(key, decideTopicMatches(query, page));
    kept += page.length;
    const last = page.at(-1);
    if (last) before = { publishedAt: last.publishedAt, id: last.id };
    await nextTurn();
  }
  return kept;
}
