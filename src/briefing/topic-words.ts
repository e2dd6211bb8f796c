import type { TopicQuery } from "../topics/topic-query.js";

/**
 * The words a topic query asks for (not those it excludes): every article of the topic has some of
 * them, so they say little about which event an article reports.
 */
export function topicWords(query: TopicQuery): string[] {
  switch (query.kind) {
    case "term":
      return query.variants.flatMap((variant) => variant.words);
    case "not":
      return [];
    case "and":
    case "or":
      return query.operands.flatMap(topicWords);
  }
}
