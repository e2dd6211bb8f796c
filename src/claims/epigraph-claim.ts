import type { Analysis } from "./analyze-text.js";
import { findSpeakerAfter } from "./find-speaker-after.js";
import type { RawClaim } from "./raw-claim.js";
import type { Sentence } from "./segment-sentences.js";

/** “…” ― Name: a quotation signed after a dash. */
export function epigraphClaim(
  analysis: Analysis,
  sentenceIndex: number,
  dash: number,
  claims: RawClaim[],
): boolean {
  const sentence = analysis.sentences[sentenceIndex] as Sentence;
  const before = analysis.quoteOf[dash - 1] ?? -1;
  const quote = before >= 0 ? analysis.quotes[before] : undefined;
  if (!quote || quote.close !== dash - 1) return false;
  const speaker = findSpeakerAfter(analysis, dash + 1, sentence.last);
  if (!speaker || !analysis.tokens.cap[speaker.first]) return false;
  claims.push({
    speaker,
    speakerFrom: null,
    cue: { first: dash, last: dash + 1 },
    content: { first: quote.open, last: quote.close + 1 },
    cueClass: "speech",
    sentence: sentenceIndex,
  });
  return true;
}
