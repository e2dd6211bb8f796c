import type { Analysis, Range } from "../analyze-text.js";
import { nonNameWords, pronouns } from "../word-lists.js";
import { findSpeakerAfter } from "./find-speaker-after.js";
import { isSpeakerHead } from "./speaker-phrase.js";

const OPENING_ADVERBS = new Set(["once", "twice", "recently", "later", "earlier", "afterward", "afterwards"]);

/** The subject opening a sentence, for "…, saying …" and "… and says …" without an earlier claim. */
export function sentenceSubject(analysis: Analysis, first: number, limit: number): Range | null {
  const { lower } = analysis.tokens;
  let start = first;
  // Skip an opening adverbial ("On Thursday,", "In a statement,"); a sentence opened by a name
  // starts with its subject ("Clinton celebrated in Florida, declaring …").
  const opener = lower[first] ?? "";
  // "Chastened by the analyses, Trump revised …": a participle opener is no name.
  const participle = /(?:ed|ing)$/.test(opener) && !analysis.tokens.cap[first + 1];
  const named =
    analysis.tokens.cap[first] === true &&
    !participle &&
    !OPENING_ADVERBS.has(opener) &&
    (!nonNameWords.has(opener) || pronouns.has(opener));
  for (let k = first; !named && k < limit && k - first < 14; k++) {
    if (lower[k] === ",") {
      start = k + 1;
      break;
    }
  }
  if (/^(?:but|and|however|meanwhile|still|yet|so)$/.test(lower[start] ?? "")) start++;
  const subject = findSpeakerAfter(analysis, start, limit);
  if (subject) return subject;
  return isSpeakerHead(analysis, start) && lower[start + 1] !== ","
    ? { first: start, last: start + 1 }
    : null;
}
