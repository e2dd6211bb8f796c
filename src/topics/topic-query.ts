/** One spelling of a term: a single word, or a phrase of several words that must appear in this order. */
export interface TopicTermVariant {
  /** Folded words (see `splitWords`); more than one makes it a phrase. */
  words: string[];
  /** True when the last word is a prefix (`negotiat*` matches "negotiations"). */
  prefix: boolean;
}

/** A term: matches when any of its spelling variants appears (`Kyiv|Kiev`). */
export interface TopicTermNode {
  /** Discriminant. */
  kind: "term";
  /** At least one variant. */
  variants: TopicTermVariant[];
}

/** Matches when every operand matches. */
export interface TopicAndNode {
  /** Discriminant. */
  kind: "and";
  /** Two or more operands, none of them itself an "and". */
  operands: TopicQuery[];
}

/** Matches when any operand matches. */
export interface TopicOrNode {
  /** Discriminant. */
  kind: "or";
  /** Two or more operands, none of them itself an "or". */
  operands: TopicQuery[];
}

/** Matches when its operand does not. */
export interface TopicNotNode {
  /** Discriminant. */
  kind: "not";
  /** What must be absent. */
  operand: TopicQuery;
}

/** A parsed topic query: a boolean tree over terms. Produced by `parseTopicQuery`. */
export type TopicQuery = TopicTermNode | TopicAndNode | TopicOrNode | TopicNotNode;

/** Limits that keep any query cheap to parse and to match. */
export const topicQueryLimits = {
  /** Characters in the query text. */
  maxLength: 500,
  /** Nesting depth of parentheses. */
  maxDepth: 8,
  /** Terms, counting each spelling variant. */
  maxTerms: 64,
} as const;
