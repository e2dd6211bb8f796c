import type { Analysis } from "../analyze-text.js";
import type { RawClaim } from "../raw-claim.js";
import type { Sentence } from "../segment-sentences.js";
import { wordSet } from "../word-lists.js";
import { trimContent } from "./find-content.js";

const OPENS_QUESTION = wordSet("whether if about what who whom how why which when where");
const MAX_QUESTION = 40;

/**
 * "Asked whether he would endorse Trump, Ryan said …", "when asked about the plan": a question
 * put to someone by an unnamed asker. It is attributed to nobody and marked a question by the
 * stance rules, so no briefing shows it as a statement. Returns true when it matched.
 */
export function askedClaim(
  analysis: Analysis,
  sentenceIndex: number,
  first: number,
  at: number,
  claims: RawClaim[],
): boolean {
  const sentence = analysis.sentences[sentenceIndex] as Sentence;
  const { lower, words } = analysis.tokens;
  const before = lower[at - 1] ?? "";
  if (at !== first && before !== "when" && before !== "," && before !== "after") return false;
  let start = at + 1;
  // "Asked on Fox News who leads the party": a short circumstance before the question word.
  while (
    start < sentence.last &&
    start - at < 6 &&
    !OPENS_QUESTION.has(lower[start] ?? "") &&
    lower[start] !== ","
  )
    start++;
  if (!OPENS_QUESTION.has(lower[start] ?? "")) return false;
  const cueLast = lower[start] === "about" ? start + 1 : at + 1;
  const contentFirst = lower[start] === "about" ? start + 1 : start;
  let end = contentFirst + 1;
  while (end < sentence.last && end - contentFirst < MAX_QUESTION && words[end] !== "," && words[end] !== "?")
    end++;
  if (words[end] === "?") end++;
  if (end >= sentence.last && at === first) return false;
  const content = trimContent(analysis, { first: contentFirst, last: end });
  if (content.last - content.first < 2) return false;
  claims.push({
    speaker: null,
    speakerFrom: null,
    cue: { first: at, last: cueLast },
    content,
    cueClass: "speech",
    lemma: "ask",
    sentence: sentenceIndex,
  });
  return true;
}
