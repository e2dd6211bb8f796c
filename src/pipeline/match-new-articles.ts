import type { Logger } from "../logger.js";
import type { TopicMatchStore } from "../store/topic-match-queries.js";
import { decideTopicMatches } from "../topics/decide-topic-matches.js";
import { topicQueryKey } from "../topics/topic-query-key.js";

/**
 * Decide, for articles just processed, whether they match each topic query in use, and keep the
 * verdicts: `/latest` then skips an off-topic article's claims in the store. A query that fails
 * is logged and the others go on; nothing here can lose an article (a missing verdict is decided
 * again when asked).
 */
export async function matchNewArticles(
  store: TopicMatchStore,
  articles: readonly { id: string; title: string; text: string }[],
  logger: Logger,
): Promise<void> {
  if (articles.length === 0) return;
  for (const query of await store.topicQueriesInUse()) {
    try {
      await store.saveTopicMatches(topicQueryKey(query), decideTopicMatches(query, articles));
    } catch (error) {
      logger.warn("could not keep topic verdicts", { topicQuery: query, error });
    }
  }
}
