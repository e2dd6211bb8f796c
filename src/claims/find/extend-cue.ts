import type { Analysis } from "../analyze-text.js";
import { type CueEntry, requiredParticle } from "../cue-lexicon.js";
import { wordSet } from "../word-lists.js";

const MEDIUM = wordSet(
  "social media x telegram twitter facebook instagram truth his her its their the a an website blog account page channel post",
);
const MEDIUM_END = wordSet("media x telegram twitter facebook instagram social website blog");
const CALL_PARTICLES = wordSet("for on");
const MAKE_PHRASES = [["clear"], ["it", "clear"], ["the", "case"], ["plain"], ["it", "plain"]];

/**
 * The end of the cue phrase starting at a cue verb: "pointed out", "called for", "told reporters",
 * "wrote on Telegram", "said in a statement". Null when a required particle is missing.
 */
export function extendCue(
  analysis: Analysis,
  cueIndex: number,
  entry: CueEntry,
  sentenceLast: number,
): number | null {
  const { lower } = analysis.tokens;
  let cueLast = cueIndex + 1;
  // "made it clear that", "made the case that": "make" is a cue only in these phrases.
  if (entry.lemma === "make") {
    const phrase = MAKE_PHRASES.find((words) => words.every((word, k) => lower[cueLast + k] === word));
    return phrase ? cueLast + phrase.length : null;
  }
  const particles = requiredParticle.get(entry.lemma);
  if (particles) {
    if (!particles.includes(lower[cueLast] ?? "")) return null;
    cueLast++;
    // "pushed back on the claims", "pushed back against the report".
    if (lower[cueLast - 1] === "back" && /^(?:on|against)$/.test(lower[cueLast] ?? "")) cueLast++;
  }
  if (entry.lemma === "call" && CALL_PARTICLES.has(lower[cueLast] ?? "")) cueLast++;
  if (entry.lemma === "tell" && /^(?:reporters|journalists)$/.test(lower[cueLast] ?? "")) cueLast++;
  if (
    (entry.lemma === "write" || entry.lemma === "post" || entry.lemma === "say") &&
    lower[cueLast] === "on"
  ) {
    let k = cueLast + 1;
    while (k < sentenceLast && k - cueLast < 4 && MEDIUM.has(lower[k] ?? "")) k++;
    if (k > cueLast + 1 && MEDIUM_END.has(lower[k - 1] ?? "")) cueLast = k;
  }
  if (
    entry.lemma === "say" &&
    lower[cueLast] === "in" &&
    lower[cueLast + 1] === "a" &&
    lower[cueLast + 2] === "statement"
  ) {
    cueLast += 3;
  }
  return cueLast;
}
