import { describeTopicQuery } from "./describe-topic-query.js";
import type { PreparedDocument } from "./prepare-document.js";
import { findAllWords } from "./search/find-all-words.js";
import { findWords, type WordPattern, type WordSpan } from "./search/find-words.js";
import { inflectionPattern } from "./search/inflection-pattern.js";
import { spansNear } from "./search/spans-near.js";
import type { TopicQuery, TopicTermNode, TopicTermVariant } from "./topic-query.js";

/** A compiled topic query, ready to test many documents. */
export interface TopicMatcher {
  /** The tree it was compiled from. */
  readonly query: TopicQuery;
  /** True when the document matches the query. */
  matches(document: PreparedDocument): boolean;
  /**
   * Why a document matches: the spellings it was found by, in their canonical form and query order,
   * each once (`witkoff`, `"peace plan"`, `plan NEAR/3 trump*`). Exclusions are not listed, since
   * they are met by absence. Empty when the document does not match.
   */
  explain(document: PreparedDocument): string[];
}

interface CompiledNode {
  test(document: PreparedDocument): boolean;
  /** Adds why a document this node matches does (only called when `test` is true). */
  collect(document: PreparedDocument, found: Set<string>): void;
}

interface CompiledVariant {
  description: string;
  words: WordPattern[];
}

const cyrillic = /\p{Script=Cyrillic}/u;
type DocumentField = "title" | "text";
const fields: DocumentField[] = ["title", "text"];

/**
 * Compiles a parsed query into closures over a `PreparedDocument`. Matching never builds a regular
 * expression from user input: each spelling variant is a plain substring search of the folded title
 * and text with word boundaries checked at each hit (see `findWords`), so only the words a query
 * names are ever looked at. Cost is linear in document size times query size, with no
 * backtracking; operands are tried in the order written and stop as soon as the answer is known,
 * so a query that tests its likeliest words first is cheaper.
 */
export function compileTopicQuery(query: TopicQuery): TopicMatcher {
  const root = compileNode(query);
  return {
    query,
    matches: root.test,
    explain(document) {
      if (!root.test(document)) return [];
      const found = new Set<string>();
      root.collect(document, found);
      return [...found];
    },
  };
}

function compileNode(node: TopicQuery): CompiledNode {
  switch (node.kind) {
    case "term":
      return compileTerm(node);
    case "not": {
      const operand = compileNode(node.operand);
      return { test: (document) => !operand.test(document), collect: () => {} };
    }
    case "and": {
      if (node.within !== undefined) return compileNear(node.operands, node.within);
      const operands = node.operands.map(compileNode);
      return {
        test: (document) => operands.every((operand) => operand.test(document)),
        collect: (document, found) => {
          for (const operand of operands) operand.collect(document, found);
        },
      };
    }
    case "or": {
      const operands = node.operands.map(compileNode);
      return {
        test: (document) => operands.some((operand) => operand.test(document)),
        collect: (document, found) => {
          for (const operand of operands) if (operand.test(document)) operand.collect(document, found);
        },
      };
    }
  }
}

function occursIn(variant: CompiledVariant, document: PreparedDocument, field: DocumentField): boolean {
  return findWords(fieldText(document, field), variant.words) !== undefined;
}

function fieldText(document: PreparedDocument, field: DocumentField): string {
  return field === "title" ? document.foldedTitle : document.foldedText;
}

function compileTerm(node: TopicTermNode): CompiledNode {
  const variants = node.variants.map(compileVariant);
  const occurs = (variant: CompiledVariant, document: PreparedDocument) =>
    occursIn(variant, document, "title") || occursIn(variant, document, "text");
  return {
    test: (document) => variants.some((variant) => occurs(variant, document)),
    collect: (document, found) => {
      for (const variant of variants) if (occurs(variant, document)) found.add(variant.description);
    },
  };
}

function compileNear(operands: TopicQuery[], within: number): CompiledNode {
  const [left = [], right = []] = operands.map((operand) =>
    operand.kind === "term" ? operand.variants.map(compileVariant) : [],
  );
  /** The spelling pairs found near each other, stopping at the first unless all are wanted. */
  const nearPairs = (document: PreparedDocument, all: boolean): string[] => {
    const found: string[] = [];
    for (const field of fields) {
      const text = fieldText(document, field);
      // Each side's spans, found when first needed: most documents lack one side altogether.
      const rightSpans = new Map<CompiledVariant, WordSpan[]>();
      const spansOf = (variant: CompiledVariant) => {
        let spans = rightSpans.get(variant);
        if (spans === undefined) {
          spans = findWords(text, variant.words) === undefined ? [] : findAllWords(text, variant.words);
          rightSpans.set(variant, spans);
        }
        return spans;
      };
      for (const a of left) {
        if (findWords(text, a.words) === undefined) continue;
        const spans = findAllWords(text, a.words);
        for (const b of right) {
          const others = spansOf(b);
          if (others.length === 0 || !spansNear(text, spans, others, within)) continue;
          found.push(`${a.description} NEAR/${within} ${b.description}`);
          if (!all) return found;
        }
      }
    }
    return found;
  };
  return {
    test: (document) => nearPairs(document, false).length > 0,
    collect: (document, found) => {
      for (const pair of nearPairs(document, true)) found.add(pair);
    },
  };
}

function compileVariant(variant: TopicTermVariant): CompiledVariant {
  const last = variant.words.length - 1;
  const words = variant.words.map((word, index): WordPattern => {
    if (index === last && variant.prefix) return { text: word, extra: Number.POSITIVE_INFINITY };
    if (variant.inflected && cyrillic.test(word)) return inflectionPattern(word);
    return { text: word, extra: 0 };
  });
  return { description: describeTopicQuery({ kind: "term", variants: [variant] }), words };
}
