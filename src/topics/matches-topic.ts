import { compileTopicQuery, type TopicMatcher } from "./compile-topic-query.js";
import { type PreparedDocument, prepareDocument } from "./prepare-document.js";
import type { TopicQuery } from "./topic-query.js";

/**
 * Whether an article matches a topic. Convenience for one-off checks; when matching many articles
 * against many topics, compile each query once and prepare each document once instead.
 */
export function matchesTopic(
  topic: TopicQuery | TopicMatcher,
  article: { title: string; text: string } | PreparedDocument,
): boolean {
  const matcher = "matches" in topic ? topic : compileTopicQuery(topic);
  const document = "foldedText" in article ? article : prepareDocument(article.title, article.text);
  return matcher.matches(document);
}
