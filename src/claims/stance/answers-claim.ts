import type { Analysis, Range } from "../analyze-text.js";
import type { Stance } from "../claim.js";
import type { Sentence } from "../segment-sentences.js";
import { wordSet } from "../word-lists.js";
import { contentStems, type Stems, sharedStems } from "./content-stems.js";

/** A claim made earlier in the article, as the stance rules see it. */
export interface EarlierClaim {
  /** Its content tokens. */
  content: Range;
  /** Its sentence. */
  sentence: number;
  /** Its speaker's resolved name (or text), null when unattributed. */
  speaker: string | null;
  /** Its stance. */
  stance: Stance;
  /** True when its content is negated. */
  negated: boolean;
}

/** Words that put a proposition in question: reports, allegations, accusations, rumours, claims. */
const PUT_FORWARD = wordSet(`
  report reports reported reporting allege alleges alleged allegation allegations accuse accuses
  accused accusation accusations claim claims claimed rumor rumors rumour rumours speculation
  speculated suggest suggests suggested suggestion suggestions charge charges charged critics
  criticism criticized concern concerns scandal controversy`);
const LOOK_BACK = 4;

/**
 * Whether a negated content answers a proposition already in play: a question asked just before
 * on the same matter ("Will Flowers be there?" → "Flowers will not be attending"); a report,
 * allegation or question in the sentences before, or someone else's claim, that shares its key
 * words ("Mexico will pay for the wall" → "we are not going to pay a cent for such a wall"); or a
 * denial by the same speaker it is coordinated with ("rejected the idea … and said Manafort was
 * not being diminished"). Why words must be shared, and more than names: a negative statement
 * that answers nobody ("the economy did not grow") asserts.
 */
export function answersClaim(
  analysis: Analysis,
  content: Range,
  sentenceIndex: number,
  speaker: string | null,
  earlier: readonly EarlierClaim[],
): boolean {
  const stems = contentStems(analysis, content);
  if (stems.words.size + stems.names.size === 0) return false;
  const { sentences } = analysis;
  const own = sentences[sentenceIndex] as Sentence;
  // "Asked whether he was encouraging them, he said: “I hope not.”": the question opens the sentence.
  if (content.first > own.first && asksBefore(analysis, own.first, content.first)) return true;
  // "After the scandal over her email broke, she said there was no classified material on it."
  const prefix = { first: own.first, last: Math.min(content.first, own.last) };
  if (putsForward(analysis, prefix) && related(stems, contentStems(analysis, prefix), 1)) return true;
  for (let s = sentenceIndex - 1; s >= 0 && s >= sentenceIndex - LOOK_BACK; s--) {
    const sentence = sentences[s] as Sentence;
    const context = contentStems(analysis, sentence);
    if (s >= sentenceIndex - 2 && endsInQuestion(analysis, sentence) && sharedStems(stems, context).all >= 1)
      return true;
    if (putsForward(analysis, sentence) && related(stems, context, 2)) return true;
  }
  // Newest first, and only the last few sentences: an article of any length stays linear.
  for (let e = earlier.length - 1; e >= 0; e--) {
    const claim = earlier[e] as EarlierClaim;
    if (claim.sentence < sentenceIndex - LOOK_BACK - 2) break;
    if (claim.sentence > sentenceIndex) continue;
    const same = claim.speaker !== null && claim.speaker === speaker;
    if (same && claim.sentence === sentenceIndex && claim.stance === "denies") return true;
    // Only a positive claim can be denied: agreeing with a negative one is no denial.
    if (same || claim.sentence === sentenceIndex || claim.negated || claim.stance !== "asserts") continue;
    if (related(stems, contentStems(analysis, claim.content), 2)) return true;
  }
  return false;
}

/** At least `least` shared stems, one of them no name. */
function related(a: Stems, b: Stems, least: number): boolean {
  const shared = sharedStems(a, b);
  return shared.all >= least && shared.words >= 1;
}

function putsForward(analysis: Analysis, range: Range): boolean {
  for (let k = range.first; k < range.last; k++)
    if (PUT_FORWARD.has(analysis.tokens.lower[k] ?? "")) return true;
  return false;
}

/** A sentence whose last word before closing quote marks is a question mark. */
function endsInQuestion(analysis: Analysis, sentence: Sentence): boolean {
  const { words } = analysis.tokens;
  let k = sentence.last - 1;
  while (k > sentence.first && /^[”"’')\]]$/.test(words[k] ?? "")) k--;
  return words[k] === "?";
}

function asksBefore(analysis: Analysis, first: number, last: number): boolean {
  const { lower } = analysis.tokens;
  for (let k = first; k < last - 1; k++) {
    if (
      /^(?:asked|pressed|questioned)$/.test(lower[k] ?? "") &&
      /^(?:whether|if|about|why|how)$/.test(lower[k + 1] ?? "")
    )
      return true;
  }
  return false;
}
