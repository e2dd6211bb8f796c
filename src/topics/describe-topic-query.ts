import type { TopicQuery, TopicTermVariant } from "./topic-query.js";

const operatorWords = new Set(["and", "or", "not"]);
const cyrillic = /\p{Script=Cyrillic}/u;

/**
 * The canonical, human-readable form of a parsed query: folded words, explicit `AND`/`OR`/`NOT`,
 * `NEAR/n` with its distance, parentheses only where precedence needs them. Parsing the description gives the same tree back,
 * so admins can copy it from `/topic show`.
 */
export function describeTopicQuery(query: TopicQuery): string {
  return describe(query, 0);
}

// Binding strength: a child needs parentheses when it binds more loosely than its parent.
const strength = { or: 1, and: 2, not: 3, near: 4, term: 5 } as const;

function describe(node: TopicQuery, parentStrength: number): string {
  const text = describeNode(node);
  const own = node.kind === "and" && node.within !== undefined ? strength.near : strength[node.kind];
  return own < parentStrength ? `(${text})` : text;
}

function describeNode(node: TopicQuery): string {
  switch (node.kind) {
    case "term":
      return node.variants.map(describeVariant).join("|");
    case "not":
      return `NOT ${describe(node.operand, strength.not)}`;
    case "and":
      if (node.within !== undefined) {
        return node.operands.map((operand) => describe(operand, strength.term)).join(` NEAR/${node.within} `);
      }
      return node.operands.map((operand) => describe(operand, strength.and + 1)).join(" AND ");
    case "or":
      return node.operands.map((operand) => describe(operand, strength.or + 1)).join(" OR ");
  }
}

function describeVariant(variant: TopicTermVariant): string {
  const [word] = variant.words;
  const star = variant.prefix ? "*" : "";
  // A wildcard cannot follow a quote, so a prefix phrase prints hyphenated (`28-poi*`), which splits
  // back into the same words; so does a phrase matched with inflections, which only bare words are.
  // A lone word prints bare unless it would read as an operator or lose its exactness.
  if (variant.prefix || variant.inflected) return `${variant.words.join("-")}${star}`;
  const exact = variant.words.some((each) => cyrillic.test(each));
  if (variant.words.length === 1 && word !== undefined && !operatorWords.has(word) && !exact) return word;
  return `"${variant.words.join(" ")}"`;
}
