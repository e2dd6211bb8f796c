/** One spelling of a term: a single word, or a phrase of several words that must appear in this order. */
export interface TopicTermVariant {
  /** Folded words (see `splitWords`); more than one makes it a phrase. */
  words: string[];
  /** True when the last word is a prefix (`negotiat*` matches "negotiations"). */
  prefix: boolean;
  /**
   * Set when the variant was written bare (not quoted) and has a Cyrillic word: its Cyrillic words
   * also match their inflected forms (`мирный-план` matches "мирного плана"; see `inflectionPattern`).
   * Absent otherwise: quoted words, and words in other scripts, match as written.
   */
  inflected?: true;
}

/** A term: matches when any of its spelling variants appears (`Kyiv|Kiev`). */
export interface TopicTermNode {
  /** Discriminant. */
  kind: "term";
  /** At least one variant. */
  variants: TopicTermVariant[];
}

/** Matches when every operand matches; with `within`, a proximity search (`a NEAR/3 b`). */
export interface TopicAndNode {
  /** Discriminant. */
  kind: "and";
  /** Two or more operands, none of them itself a plain "and"; exactly two terms when `within` is set. */
  operands: TopicQuery[];
  /**
   * Set for `NEAR/n`: the two terms must also occur in the same field (title or text) at most this
   * many words apart (1 = adjacent, in either order). Modelled as an AND so that code which only
   * asks "which words does this query want" treats it like one.
   */
  within?: number;
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
  /**
   * Characters in the query text: room for one story's cast and vocabulary in three scripts (the
   * default topic), and no more than a Discord command option carries.
   */
  maxLength: 6000,
  /** Nesting depth of parentheses. */
  maxDepth: 8,
  /** Terms, counting each spelling variant. Matching is linear in this: it is the cost cap. */
  maxTerms: 600,
  /** Largest `n` of `NEAR/n`, in words. */
  maxNearDistance: 20,
} as const;
