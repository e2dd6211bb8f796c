import type { LatestClaimStore } from "../../store/latest-claim-queries.js";
import { compileTopicQuery } from "../../topics/compile-topic-query.js";
import { parseTopicQuery } from "../../topics/parse-topic-query.js";
import { prepareDocument } from "../../topics/prepare-document.js";

/** Which articles match a topic query, remembered per query. */
export interface TopicMatcher {
  /** The given articles that match `query` (each article's text is read and matched once per query). */
  matching(query: string, articleIds: string[]): Promise<Set<string>>;
}

// Articles never change once stored, so a verdict stays true; the bounds only cap memory.
const maxQueries = 64;
const maxVerdictsPerQuery = 100_000;

/** Match articles against topic queries, reading an article's text only the first time. */
export function createTopicMatcher(store: Pick<LatestClaimStore, "articleTexts">): TopicMatcher {
  const byQuery = new Map<
    string,
    { matches: (document: ReturnType<typeof prepareDocument>) => boolean; verdicts: Map<string, boolean> }
  >();
  return {
    async matching(query, articleIds) {
      let entry = byQuery.get(query);
      if (entry === undefined) {
        if (byQuery.size >= maxQueries) byQuery.clear();
        const compiled = compileTopicQuery(parseTopicQuery(query));
        entry = { matches: (document) => compiled.matches(document), verdicts: new Map() };
        byQuery.set(query, entry);
      }
      const { verdicts } = entry;
      let unknown = [...new Set(articleIds.filter((id) => !verdicts.has(id)))];
      if (unknown.length > 0) {
        if (verdicts.size + unknown.length > maxVerdictsPerQuery) {
          verdicts.clear();
          unknown = [...new Set(articleIds)];
        }
        for (const article of await store.articleTexts(unknown)) {
          verdicts.set(article.id, entry.matches(prepareDocument(article.title, article.text)));
        }
      }
      return new Set(articleIds.filter((id) => verdicts.get(id) === true));
    },
  };
}
