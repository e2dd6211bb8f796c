import { foldWhitespace, shorten } from "./shorten.js";

/** Longest claim content a briefing shows; longer quotes end in "…", longer reported speech at a clause. */
export const maxClaimLength = 180;

const quoteMarks = /^[\s"“”„«»‘’']+|[\s"“”„«»‘’']+$/gu;
// Tails that repeat the attribution the briefing already shows next to the claim.
const attributionTail =
  /,?\s+(?:(?:he|she|they|it|officials?|sources?)\s+(?:said|says|added|noted|told [^,]{1,40})|according to [^,]{1,80})\s*$/iu;
// Where a long reported clause can end without losing its subject and verb.
const clauseBreak = /(?:;|\s[—–]\s|,\s(?:which|while|but|and|as|although|who)\s)/gu;

/**
 * Condense a claim's content for the briefing. Quotes stay verbatim (outer quotation marks
 * dropped; when too long, the first sentence, then a word-boundary cut with "…"). Reported speech
 * loses a leading "that", a closing period and a trailing attribution, and is cut at a clause
 * boundary when too long.
 */
export function condenseContent(content: string, direct: boolean, max = maxClaimLength): string {
  const folded = foldWhitespace(content).replace(quoteMarks, "");
  if (direct) return condenseQuote(folded, max);
  let clause = folded
    .replace(/^that\s+/iu, "")
    .replace(/[.!]+$/u, "")
    .replace(attributionTail, "")
    .trim();
  if (clause.length > max) clause = cutAtClause(clause, max);
  return clause;
}

function condenseQuote(quote: string, max: number): string {
  if (quote.length <= max) return quote;
  const firstSentence = /^.{20,}?[.!?](?=\s)/u.exec(quote)?.[0];
  if (firstSentence !== undefined && firstSentence.length <= max) return `${firstSentence} …`;
  return shorten(quote, max);
}

/** Cut at the last clause boundary within `max` (keeping at least 40 characters), else at a word. */
export function cutAtClause(text: string, max: number): string {
  let best = -1;
  for (const match of text.matchAll(clauseBreak)) {
    if (match.index >= 40 && match.index <= max) best = match.index;
  }
  if (best > 0) return text.slice(0, best);
  return shorten(text, max);
}
