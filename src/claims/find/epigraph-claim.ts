import type { Analysis, Range } from "../analyze-text.js";
import type { RawClaim } from "../raw-claim.js";
import type { Sentence } from "../segment-sentences.js";
import { findSpeakerAfter } from "../speaker/find-speaker-after.js";

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
  const content =
    quote && quote.close === dash - 1
      ? { first: quote.open, last: quote.close + 1 }
      : unpairedQuote(analysis, dash);
  if (!content) return false;
  const speaker = findSpeakerAfter(analysis, dash + 1, sentence.last);
  if (!speaker || !analysis.tokens.cap[speaker.first]) return false;
  claims.push({
    speaker,
    speakerFrom: null,
    cue: { first: dash, last: dash + 1 },
    content,
    cueClass: "speech",
    lemma: "epigraph",
    sentence: sentenceIndex,
  });
  return true;
}

/**
 * "“… what he calls “hell” … president.” ― Name": a nested quote mark broke the pairing; the
 * quotation runs from the first opening mark after the previous signature to the closing mark.
 */
function unpairedQuote(analysis: Analysis, dash: number): Range | null {
  const { words } = analysis.tokens;
  if (!/^[”"]$/.test(words[dash - 1] ?? "")) return null;
  let open = -1;
  for (let k = dash - 2; k >= 0 && dash - k < 300; k--) {
    const word = words[k] ?? "";
    if (word === "―" || word === "—" || analysis.tokens.newlineBefore[k + 1]) break;
    if (word === "“") open = k;
  }
  return open >= 0 ? { first: open, last: dash } : null;
}
