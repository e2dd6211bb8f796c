import type { Analysis } from "../analyze-text.js";
import type { RawClaim } from "../raw-claim.js";
import type { Sentence } from "../segment-sentences.js";
import { wordSet } from "../word-lists.js";
import { trimContent } from "./find-content.js";

/** Findings that frame a sentence as theirs ("In a new Gallup poll, …"). */
const FINDING_NOUNS = wordSet("poll polls survey surveys study report analysis");
const MAX_FRAME = 16;

/**
 * "In a new poll released Monday, 55 percent back the plan": a sentence-initial "In" phrase headed
 * by a poll, survey, study or report attributes the rest of the sentence to it. Only used when
 * the sentence has no attribution of its own.
 */
export function frameClaim(
  analysis: Analysis,
  sentenceIndex: number,
  first: number,
  claims: RawClaim[],
): void {
  const sentence = analysis.sentences[sentenceIndex] as Sentence;
  const { lower } = analysis.tokens;
  if (lower[first] !== "in") return;
  let comma = first + 1;
  let finding = false;
  while (comma < sentence.last && comma - first <= MAX_FRAME && lower[comma] !== ",") {
    // "In the wake of the report, …": the finding must head the phrase, not sit in an "of" phrase.
    if (lower[comma] === "of" && !finding) return;
    if (FINDING_NOUNS.has(lower[comma] ?? "")) finding = true;
    if (/^[.;:!?“”"]$/.test(lower[comma] ?? "")) return;
    comma++;
  }
  if (!finding || lower[comma] !== "," || comma === first + 1) return;
  const content = trimContent(analysis, { first: comma + 1, last: sentence.last });
  if (content.last - content.first < 3) return;
  claims.push({
    speaker: { first: first + 1, last: comma },
    speakerFrom: null,
    cue: { first, last: first + 1 },
    content,
    cueClass: "speech",
    lemma: "frame",
    sentence: sentenceIndex,
  });
}
