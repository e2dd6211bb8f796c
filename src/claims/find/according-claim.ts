import type { Analysis, Range } from "../analyze-text.js";
import type { RawClaim } from "../raw-claim.js";
import type { Sentence } from "../segment-sentences.js";
import { describeSpeaker } from "../speaker/describe-speaker.js";
import { findSpeakerAfter } from "../speaker/find-speaker-after.js";
import { documentNouns, wordSet } from "../word-lists.js";
import { contentAfter, contentBefore } from "./find-content.js";

/** "According to X, …" and "…, according to X." */
export function accordingClaim(
  analysis: Analysis,
  sentenceIndex: number,
  first: number,
  at: number,
  claims: RawClaim[],
): void {
  const sentence = analysis.sentences[sentenceIndex] as Sentence;
  const { lower } = analysis.tokens;
  // "But, according to X, …", "Meanwhile, according to X, …": only connectives stand before it.
  const opening = onlyConnectives(analysis, first, at);
  let end = at + 2;
  // "according to the budget office - the rise in deficits …": a spaced hyphen is a dash too.
  while (end < sentence.last && end - at < 24 && !/^[,;:.!?—–-]$/.test(lower[end] ?? "")) end++;
  const bounded = end < sentence.last || !opening;
  if (end - (at + 2) > 20 || end === at + 2 || !bounded) {
    const fallback = findSpeakerAfter(analysis, at + 2, sentence.last, true);
    if (!fallback) return;
    end = fallback.last;
  }
  // "…, according to Ann Lee, a pollster at Gallup.": the descriptions belong to the source.
  if (!opening && lower[end] === ",") end = describeSpeaker(analysis, end, sentence.last);
  const source: Range = { first: at + 2, last: end };
  for (let k = source.first; k < Math.min(source.last, source.first + 4); k++) {
    if (documentNouns.has(lower[k] ?? "")) return;
  }
  let content: Range | null;
  if (opening) content = contentAfter(analysis, end, sentence.last, "say");
  else content = contentBefore(analysis, first, at);
  if (!content) return;
  claims.push({
    speaker: source,
    speakerFrom: null,
    cue: { first: at, last: at + 2 },
    content,
    cueClass: "speech",
    lemma: "according",
    sentence: sentenceIndex,
  });
}

const CONNECTIVES = wordSet(`
  but and yet so however still now furthermore moreover meanwhile indeed also instead overall finally
  , —`);

/** True when at most one word, or only connectives and commas, stand between `first` and `at`. */
function onlyConnectives(analysis: Analysis, first: number, at: number): boolean {
  if (at <= first + 1) return true;
  if (at - first > 4) return false;
  for (let k = first; k < at; k++) if (!CONNECTIVES.has(analysis.tokens.lower[k] ?? "")) return false;
  return true;
}
