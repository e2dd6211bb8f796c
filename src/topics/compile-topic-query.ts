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
 * expression from user input: a word is a map lookup, a phrase walks the positions of its first
 * word, a prefix is a binary search in the sorted distinct words. Cost is linear in document size
 * times query size, with no backtracking.
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
  const lastIndex = words.length - 1;
  const [first] = words;
  if (first === undefined) return () => false;
  if (lastIndex === 0) {
    return prefix
      ? (document) => hasWordWithPrefix(document, first)
      : (document) => document.positions.has(first);
  }
  const followsAt = (document: PreparedDocument, start: number): boolean => {
    for (let offset = 1; offset <= lastIndex; offset += 1) {
      const actual = document.words[start + offset];
      const expected = words[offset] ?? "";
      const ok = offset === lastIndex && prefix ? actual?.startsWith(expected) : actual === expected;
      if (!ok) return false;
    }
    return true;
  };
  return (document) => document.positions.get(first)?.some((start) => followsAt(document, start)) ?? false;
}

function hasWordWithPrefix(document: PreparedDocument, stem: string): boolean {
  if (document.sortedWords === null) document.sortedWords = [...document.positions.keys()].sort();
  const sorted = document.sortedWords;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? "") < stem) low = middle + 1;
    else high = middle;
  }
  return sorted[low]?.startsWith(stem) ?? false;
}
