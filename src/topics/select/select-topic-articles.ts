import { topicWords } from "../../briefing/topic-words.js";
import type { TopicMatcher } from "../compile-topic-query.js";
import { prepareDocument } from "../prepare-document.js";
import { findStoryJoins } from "./find-story-joins.js";
import type { TopicArticle, TopicSelection } from "./topic-selection.js";

/**
 * The articles of a batch that belong to a topic, in batch order: those the query matches
 * (`via: "query"`, with the spellings they were found by), and those the query misses but that are
 * one story with a query match (`via: "story"`: its near-duplicate, or a write-up of the same event;
 * see `findStoryJoins` for how that is bounded). The one place a topic's articles are chosen: the
 * briefing, `/topic test` and `newsbrief match` all call it, so they never disagree.
 */
export function selectTopicArticles<A extends TopicArticle>(
  articles: A[],
  matcher: TopicMatcher,
): TopicSelection<A>[] {
  // Explained only when matched: explaining re-reads the document, and most articles do not match.
  const terms = articles.map((article) => {
    const document = prepareDocument(article.title, article.text);
    return matcher.matches(document) ? matcher.explain(document) : undefined;
  });
  const seeds = articles.filter((_, index) => terms[index] !== undefined);
  const candidates = articles.filter((_, index) => terms[index] === undefined);
  const joins = findStoryJoins(seeds, candidates, topicWords(matcher.query));
  const joined = new Map(candidates.map((candidate, index) => [candidate, joins[index]]));
  const selected: TopicSelection<A>[] = [];
  articles.forEach((article, index) => {
    const found = terms[index];
    const story = joined.get(article);
    if (found) selected.push({ article, via: "query", why: { terms: found } });
    else if (story) selected.push({ article, via: "story", why: story });
  });
  return selected;
}
