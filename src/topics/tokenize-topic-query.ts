import { splitWords } from "./split-words.js";
import type { TopicTermVariant } from "./topic-query.js";
import { TopicQueryError } from "./topic-query-error.js";

/** A lexical token of a topic query; `position` is the 1-based character where it starts. */
export type QueryToken =
  | { type: "lparen" | "rparen" | "and" | "or"; position: number }
  | { type: "not"; position: number /** Written as `-word` rather than `NOT word`. */; minus: boolean }
  | {
      type: "near";
      position: number;
      /** Most words apart; null when what follows `NEAR/` is no number. */
      distance: number | null;
    }
  | { type: "term"; position: number; variants: TopicTermVariant[] };

const operators: Record<string, "and" | "or" | "not"> = { and: "and", or: "or", not: "not" };
const whitespace = /\s/;
// A bare word runs until whitespace or one of the characters with a meaning of their own.
const bareStop = /[\s()"|]/;
const minWildcardStem = 2;
/** `NEAR` without a distance. */
export const defaultNearDistance = 5;
// `NEAR/3` in any case; a bare `NEAR` only in capitals, so that "fighting near Kupiansk" keeps its word.
const nearOperator = /^near\/(.*)$/is;
const cyrillic = /\p{Script=Cyrillic}/u;

/**
 * Splits a query into tokens. Operators are recognised in any case (`OR`, `or`); to search for the
 * word itself, quote it (`"or"`). `NEAR/n` is recognised in any case, a bare `NEAR` only in
 * capitals. A `-` directly before a word, phrase or parenthesis negates it.
 */
export function tokenizeTopicQuery(query: string): QueryToken[] {
  const tokens: QueryToken[] = [];
  let i = 0;
  while (i < query.length) {
    const char = query.charAt(i);
    if (whitespace.test(char)) {
      i += 1;
    } else if (char === "(" || char === ")") {
      tokens.push({ type: char === "(" ? "lparen" : "rparen", position: i + 1 });
      i += 1;
    } else if (char === "-" && i + 1 < query.length && !whitespace.test(query.charAt(i + 1))) {
      tokens.push({ type: "not", position: i + 1, minus: true });
      i += 1;
    } else {
      i = readTerm(query, i, tokens);
    }
  }
  return tokens;
}

/** Reads `alt|alt|…` starting at `start`, pushes one token, returns the index after it. */
function readTerm(query: string, start: number, tokens: QueryToken[]): number {
  if (query.charAt(start) === "|") throw variantError(start);
  const variants: TopicTermVariant[] = [];
  let i = start;
  let single = "";
  for (;;) {
    if (query.charAt(i) === '"') {
      const close = query.indexOf('"', i + 1);
      if (close < 0) throw new TopicQueryError("unclosed quote", i + 1);
      const words = splitWords(query.slice(i + 1, close));
      if (words.length === 0) throw new TopicQueryError("empty phrase", i + 1);
      variants.push({ words, prefix: false });
      single = "";
      i = close + 1;
    } else {
      let end = i;
      while (end < query.length && !bareStop.test(query.charAt(end))) end += 1;
      single = query.slice(i, end);
      variants.push(bareVariant(single, i));
      i = end;
    }
    if (query.charAt(i) !== "|") break;
    const next = query.charAt(i + 1);
    if (next === "" || (next !== '"' && bareStop.test(next))) throw variantError(i);
    i += 1;
  }
  const operator = variants.length === 1 ? operators[single.toLowerCase()] : undefined;
  const near = variants.length === 1 ? nearToken(single, start) : undefined;
  if (near) tokens.push(near);
  else if (operator === "not") tokens.push({ type: "not", position: start + 1, minus: false });
  else if (operator) tokens.push({ type: operator, position: start + 1 });
  else tokens.push({ type: "term", position: start + 1, variants });
  return i;
}

function nearToken(raw: string, start: number): QueryToken | undefined {
  if (raw === "NEAR") return { type: "near", position: start + 1, distance: defaultNearDistance };
  const match = nearOperator.exec(raw);
  if (!match) return undefined;
  const digits = match[1] ?? "";
  return { type: "near", position: start + 1, distance: /^\d{1,3}$/.test(digits) ? Number(digits) : null };
}

function bareVariant(raw: string, index: number): TopicTermVariant {
  const star = raw.indexOf("*");
  const prefix = star >= 0;
  if (prefix && star !== raw.length - 1) {
    throw new TopicQueryError("wildcard * only goes at the end of a word", index + star + 1);
  }
  const words = splitWords(prefix ? raw.slice(0, -1) : raw);
  if (words.length === 0) throw new TopicQueryError(`nothing to search for in "${raw}"`, index + 1);
  const last = words[words.length - 1] ?? "";
  if (prefix && last.length < minWildcardStem) {
    throw new TopicQueryError(`wildcard needs at least ${minWildcardStem} letters before it`, index + 1);
  }
  // Bare Cyrillic words match their inflections; quoting a word is how to ask for it exactly.
  return words.some((word) => cyrillic.test(word)) ? { words, prefix, inflected: true } : { words, prefix };
}

function variantError(index: number): TopicQueryError {
  return new TopicQueryError("| needs a spelling variant on both sides", index + 1);
}
