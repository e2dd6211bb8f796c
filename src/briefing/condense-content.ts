import { foldWhitespace } from "../text/fold-whitespace.js";
import { shorten } from "../text/shorten.js";
import { dropWeekdays } from "./drop-weekdays.js";

/** Longest claim content a briefing shows; longer quotes end in "…", longer reported speech at a clause. */
export const maxClaimLength = 150;

// "late on Thursday that …", "in his evening address that …": the circumstance of saying, not the claim.
const leadingCircumstance =
  /^(?:(?:(?:late|early)\s+)?(?:on|this|last)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?|(?:in|during|at|after|from|on)\s+[^,;]{1,60}?),?\s+that\s+/iu;
const quoteMarks = /^[\s"“”„«»‘’']+|[\s"“”„«»‘’']+$/gu;
// Tails that repeat the attribution the briefing already shows next to the claim.
const attributionTail =
  /,?\s+(?:(?:he|she|they|it|officials?|sources?)\s+(?:said|says|added|noted|told [^,]{1,40})|according to [^,]{1,80})\s*$/iu;
// Where a long reported clause can end without losing its subject and verb.
const clauseBreak = /(?:;|\s[—–]\s|,\s(?:which|while|but|and|as|although|who)\s)/gu;
// Any comma, except one closing an aside before the main verb ("A team, including X, has found").
const commaBreak = /,\s(?!(?:has|have|had|is|are|was|were|will|would|can|could|said|says)\b)/gu;

/**
 * Condense a claim's content for the briefing. Quotes stay verbatim (outer quotation marks
 * dropped; when too long, the first sentence, then a word-boundary cut with "…"). Reported speech
 * loses a leading "that", a leading circumstance of the saying ("late on Thursday that", "in his
 * evening address that"), a closing period and a trailing attribution, and is cut at a clause
 * boundary when too long.
 */
export function condenseContent(content: string, direct: boolean, max = maxClaimLength): string {
  const folded = foldWhitespace(content).replace(quoteMarks, "");
  if (direct) return condenseQuote(folded, max);
  let clause = dropWeekdays(
    folded
      .replace(/^that\s+/iu, "")
      .replace(leadingCircumstance, "")
      .replace(/[.!]+$/u, "")
      .replace(attributionTail, ""),
  ).trim();
  if (clause.length > max) clause = cutAtClause(clause, max);
  return clause;
}

function condenseQuote(quote: string, max: number): string {
  if (quote.length <= max) return quote;
  const firstSentence = /^.{20,}?[.!?](?=\s)/u.exec(quote)?.[0];
  if (firstSentence !== undefined && firstSentence.length <= max) return `${firstSentence} …`;
  return shorten(quote, max);
}

/**
 * Cut at the last clause boundary within `max` (keeping at least 40 characters), else at the last
 * comma, else at a word with "…".
 */
export function cutAtClause(text: string, max: number): string {
  for (const pattern of [clauseBreak, commaBreak]) {
    let best = -1;
    for (const match of text.matchAll(pattern)) {
      if (match.index >= 40 && match.index <= max) best = match.index;
    }
    if (best > 0) return text.slice(0, best);
  }
  return shorten(text, max);
}
