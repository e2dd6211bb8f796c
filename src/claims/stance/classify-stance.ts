import type { Analysis, Range } from "../analyze-text.js";
import type { Stance } from "../claim.js";
import type { CueClass } from "../cue-lexicon.js";
import { wordSet } from "../word-lists.js";
import { answersClaim, type EarlierClaim } from "./answers-claim.js";
import { callsUntrue, deniesOnItsFace } from "./denial-content.js";
import { findNegation } from "./find-negation.js";
import { isQuestion } from "./is-question.js";

export type { EarlierClaim } from "./answers-claim.js";

/** The claim as the stance rules see it. */
export interface StanceInput {
  /** What the cue does to the stance. */
  cueClass: CueClass;
  /** The cue's base form ("say", "deny", "according"). */
  lemma: string;
  /** The content tokens. */
  content: Range;
  /** The sentence the cue sits in. */
  sentence: number;
  /** The speaker's resolved name (or text), null when unattributed. */
  speaker: string | null;
}

export interface StanceResult {
  /** asserts, denies or confirms. */
  stance: Stance;
  /** True when the content's main proposition is negated. */
  negated: boolean;
  /** True when the attribution asks rather than claims. */
  question: boolean;
  /** What the stance rests on: the cue, the content's own words, its context, or nothing. */
  basis: "cue" | "face" | "context" | "none";
}

/** Things one can deny or dismiss as untrue, rather than people one dismisses as something. */
const CLAIM_NOUNS = wordSet(`
  report reports claim claims allegation allegations accusation accusations charge charges criticism
  critique critiques suggestion suggestions idea ideas notion notions story stories comment comments
  remark remarks concern concerns talk speculation question questions argument arguments proposal
  proposals plan plans offer offers request requests attack attacks account accounts assertion
  assertions assessment assessments rumor rumors rumour rumours theory theories characterization
  label term fears warnings demand demands premise that this it them those`);

/**
 * Stance by the contract (ARCHITECTURE.md, "Claim contract"): a denial cue denies, unless it
 * only characterises a person ("dismissed Walker as an ineffective leader" asserts); a
 * confirmation cue confirms; otherwise a negated content denies only when it rejects a reported
 * thing on its face ("no such plan is being discussed") or answers a question or a claim already
 * in play; every other negative statement ("the economy did not grow") asserts, negated.
 */
export function classifyStance(
  analysis: Analysis,
  input: StanceInput,
  earlier: readonly EarlierClaim[],
): StanceResult {
  const negation = findNegation(analysis, input.content);
  const negated = negation === "factual" || negation === "obligation" || negation === "hedge";
  const question = isQuestion(analysis, input.lemma, input.content);
  if (input.cueClass === "deny") {
    const stance = characterises(analysis, input.content) ? "asserts" : "denies";
    return { stance, negated, question, basis: "cue" };
  }
  if (input.cueClass === "confirm") return { stance: "confirms", negated, question, basis: "cue" };
  if (question) return { stance: "asserts", negated, question, basis: "none" };
  // "called the report baseless", "“No, I meant it,” he said": a rejection in so many words.
  if (callsUntrue(analysis, input.content)) return { stance: "denies", negated, question, basis: "face" };
  if (negation !== "factual") return { stance: "asserts", negated, question, basis: "none" };
  if (deniesOnItsFace(analysis, input.content))
    return { stance: "denies", negated: true, question, basis: "face" };
  if (answersClaim(analysis, input.content, input.sentence, input.speaker, earlier))
    return { stance: "denies", negated: true, question, basis: "context" };
  return { stance: "asserts", negated: true, question, basis: "none" };
}

/** "dismissed Gingrich as a clown": an "as" after an object that is no claim. */
function characterises(analysis: Analysis, content: Range): boolean {
  const { lower } = analysis.tokens;
  for (let k = content.first + 1; k < content.last && k <= content.first + 8; k++) {
    if (lower[k] !== "as") continue;
    // "dismissed criticism of his remarks as talking points": the object's head opens it.
    for (let h = content.first; h < content.first + 3 && h < k; h++)
      if (CLAIM_NOUNS.has(lower[h] ?? "")) return false;
    return !CLAIM_NOUNS.has(lower[k - 1] ?? "");
  }
  return false;
}
