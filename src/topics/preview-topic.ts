import type { StoredArticle } from "../ingest/stored-article.js";
import type { Store } from "../store/store.js";
import { compileTopicQuery } from "./compile-topic-query.js";
import { parseTopicQuery } from "./parse-topic-query.js";
import { selectTopicArticles } from "./select/select-topic-articles.js";
import type { TopicMatch } from "./select/topic-selection.js";

const dayMs = 24 * 60 * 60 * 1000;
/** Bounds the work one `/topic test` can cause, whatever the store holds. */
const maxScanned = 20_000;

/**
 * A previewed article: the stored article itself, plus why it belongs to the topic. Render `via`
 * and `why` like this:
 *
 * - `via: "query"`, `why: { terms }`: the query found it; `terms` are the spellings it was found
 *   by, in canonical query form and query order, e.g. `["witkoff", "\"peace plan\"",
 *   "plan NEAR/4 trump*"]` ("matched: witkoff, "peace plan", plan NEAR/4 trump*").
 * - `via: "story"`, `why: { basis, article: { id, title }, similarity }`: the query missed it, but
 *   it is one story with the query match `article`: `basis` `"duplicate"` (a near-duplicate: wire
 *   copy, same text under another headline) or `"event"` (another write-up of the same event);
 *   `similarity` in [0, 1] ("joined: same story as “<title>”").
 */
export type PreviewedArticle = StoredArticle & TopicMatch;

/** Result of previewing a topic query against stored articles. */
export interface TopicPreview {
  /** Matching articles, newest first, at most `limit`, each with why it matched. */
  matched: PreviewedArticle[];
  /** How many articles of the period were matched in total (may exceed `matched.length`). */
  total: number;
  /** How many stored articles were examined. */
  scanned: number;
}

/**
 * Which stored articles published in the last `days` days (up to `now`) a query would select, by
 * the query or through a story (see `selectTopicArticles`); what `/topic test` shows before an
 * admin saves a topic. Throws `TopicQueryError` for a bad query.
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
  // The store returns the window newest first; the selection keeps that order.
  const articles = await deps.store.articlesInWindow(window, maxScanned);
  const matching = selectTopicArticles(articles, matcher).map(
    (selected): PreviewedArticle =>
      selected.via === "query"
        ? { ...selected.article, via: "query", why: selected.why }
        : { ...selected.article, via: "story", why: selected.why },
  );
  return { matched: matching.slice(0, options.limit), total: matching.length, scanned: articles.length };
}
