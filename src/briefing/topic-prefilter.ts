import type { TopicQuery } from "../topics/topic-query.js";

/**
 * A cheap, conservative test run before a document is prepared for exact matching: false only when
 * the document cannot match. It looks for each term's first word as a substring of the lower-cased
 * title and text, which is only sound for ASCII text (folding non-ASCII text may create a match), so
 * non-ASCII documents always pass; a NOT always passes (absence is decided by the exact match).
 */
export function topicPrefilter(query: TopicQuery): (title: string, text: string) => boolean {
  const test = compile(query);
  return (title, text) => {
    const document = `${title}\n${text}`;
    // biome-ignore lint/suspicious/noControlCharactersInRegex: a non-ASCII character disables the shortcut.
    if (/[^\u0000-\u007f]/u.test(document)) return true;
    return test(document.toLowerCase());
  };
}

function compile(query: TopicQuery): (lower: string) => boolean {
  switch (query.kind) {
    case "term": {
      const words = query.variants.map((variant) => variant.words[0] ?? "");
      return (lower) => words.some((word) => lower.includes(word));
    }
    case "not":
      return () => true;
    case "and": {
      const operands = query.operands.map(compile);
      return (lower) => operands.every((operand) => operand(lower));
    }
    case "or": {
      const operands = query.operands.map(compile);
      return (lower) => operands.some((operand) => operand(lower));
    }
  }
}
