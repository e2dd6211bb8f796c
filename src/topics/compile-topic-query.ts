import { findWords } from "./find-words.js";
import type { PreparedDocument } from "./prepare-document.js";
import type { TopicQuery, TopicTermVariant } from "./topic-query.js";

/** A compiled topic query, ready to test many documents. */
export interface TopicMatcher {
  /** The tree it was compiled from. */
  readonly query: TopicQuery;
  /** True when the document matches the query. */
  matches(document: PreparedDocument): boolean;
}

type Predicate = (document: PreparedDocument) => boolean;

/**
 * Compiles a parsed query into closures over a `PreparedDocument`. Matching never builds a regular
 * expression from user input: each spelling variant is a plain substring search of the folded title
 * and text with word boundaries checked at each hit (see `findWords`), so only the words a query
 * names are ever looked at. Cost is linear in document size times query size, with no backtracking.
 */
export function compileTopicQuery(query: TopicQuery): TopicMatcher {
  const predicate = compileNode(query);
  return { query, matches: predicate };
}

function compileNode(node: TopicQuery): Predicate {
  switch (node.kind) {
    case "term": {
      const variants = node.variants.map(compileVariant);
      return (document) => variants.some((variant) => variant(document));
    }
    case "not": {
      const operand = compileNode(node.operand);
      return (document) => !operand(document);
    }
    case "and": {
      const operands = node.operands.map(compileNode);
      return (document) => operands.every((operand) => operand(document));
    }
    case "or": {
      const operands = node.operands.map(compileNode);
      return (document) => operands.some((operand) => operand(document));
    }
  }
}

function compileVariant(variant: TopicTermVariant): Predicate {
  const { words, prefix } = variant;
  return (document) =>
    findWords(document.foldedTitle, words, prefix) || findWords(document.foldedText, words, prefix);
}
