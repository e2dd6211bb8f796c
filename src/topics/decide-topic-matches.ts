import { compileTopicQuery, type TopicMatcher } from "./compile-topic-query.js";
import { parseTopicQuery } from "./parse-topic-query.js";
import { prepareDocument } from "./prepare-document.js";
import type { TopicVerdict } from "./topic-verdict.js";

// Compiled queries are kept: a bot matches the same few queries all day. The bound caps memory.
const compiled = new Map<string, TopicMatcher>();
const maxQueries = 64;

/**
 * Whether each article matches a topic query, in the order given (the query's own matching, as
 * `/topic test` and briefings apply it before story expansion). The query must be valid: topics
 * are checked when stored.
 */
export function decideTopicMatches(
  query: string,
  articles: readonly { id: string; title: string; text: string }[],
): TopicVerdict[] {
  let matcher = compiled.get(query);
  if (matcher === undefined) {
    if (compiled.size >= maxQueries) compiled.clear();
    matcher = compileTopicQuery(parseTopicQuery(query));
    compiled.set(query, matcher);
  }
  const match = matcher;
  return articles.map((article) => ({
    articleId: article.id,
    matches: match.matches(prepareDocument(article.title, article.text)),
  }));
}
