import type { StoredArticle } from "../ingest/stored-article.js";
import type { Store } from "../store/store.js";
import { compileTopicQuery } from "./compile-topic-query.js";
import { parseTopicQuery } from "./parse-topic-query.js";
import { prepareDocument } from "./prepare-document.js";

const dayMs = 24 * 60 * 60 * 1000;
/** Bounds the work one `/topic test` can cause, whatever the store holds. */
const maxScanned = 20_000;

/** Result of previewing a topic query against stored articles. */
export interface TopicPreview {
  /** Matching articles, newest first, at most `limit`. */
  matched: StoredArticle[];
  /** How many articles of the period were matched in total (may exceed `matched.length`). */
  total: number;
  /** How many stored articles were examined. */
  scanned: number;
}

/**
 * Which stored articles published in the last `days` days (up to `now`) a query would match; what
 * `/topic test` shows before an admin saves a topic. Throws `TopicQueryError` for a bad query.
 */
export async function previewTopic(
  deps: { store: Store },
  query: string,
  options: { days: number; now: Date; limit: number },
): Promise<TopicPreview> {
  const matcher = compileTopicQuery(parseTopicQuery(query));
  const window = {
    since: new Date(options.now.getTime() - options.days * dayMs).toISOString(),
    until: options.now.toISOString(),
  };
  const articles = await deps.store.articlesInWindow(window, maxScanned);
  const matching = articles.filter((article) =>
    matcher.matches(prepareDocument(article.title, article.text)),
  );
  return { matched: matching.slice(0, options.limit), total: matching.length, scanned: articles.length };
}
