import type { ClaimWithSource, LatestClaimStore } from "../../store/latest-claim-queries.js";
import type { TopicMatchStore } from "../../store/topic-match-queries.js";
import { decideTopicMatches } from "../../topics/decide-topic-matches.js";
import { topicQueryKey } from "../../topics/topic-query-key.js";

/** Which claims' articles match a topic query. */
export interface TopicMatcher {
  /**
   * The article ids among `rows` that match `query`. Rows the store already vouched for
   * (`onTopic`) are taken as they are; the others' articles are read, matched once, and their
   * verdicts kept in the store, so no replica reads them for this query again.
   */
  matching(query: string, rows: readonly ClaimWithSource[]): Promise<Set<string>>;
}

export function createTopicMatcher(
  store: Pick<LatestClaimStore, "articleTexts"> & Pick<TopicMatchStore, "saveTopicMatches">,
  onSaveFailed: (error: unknown) => void,
): TopicMatcher {
  return {
    async matching(query, rows) {
      const onTopic = new Set<string>();
      const unknown = new Set<string>();
      for (const row of rows) (row.onTopic ? onTopic : unknown).add(row.claim.articleId);
      if (unknown.size === 0) return onTopic;
      const verdicts = decideTopicMatches(query, await store.articleTexts([...unknown]));
      for (const verdict of verdicts) if (verdict.matches) onTopic.add(verdict.articleId);
      // Keeping them only saves work later: an answer never waits on, or fails with, the write.
      store.saveTopicMatches(topicQueryKey(query), verdicts).catch(onSaveFailed);
      return onTopic;
    },
  };
}
