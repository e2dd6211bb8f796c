import type { Analysis, Range } from "./analyze-text.js";
import type { Stance } from "./claim.js";
import { type CueClass, cueLexicon } from "./cue-lexicon.js";
import { negators, obligationModals } from "./word-lists.js";

export interface StanceResult {
  /** asserts, denies or confirms. */
  stance: Stance;
  /** True when the content's main proposition is negated. */
  negated: boolean;
}

// "he had seen the publications, but there was nothing to comment on": a negation after "but"
// qualifies an affirmed first conjunct, so the content as a whole is not denied.
const CLAUSE_BREAKS = new Set([
  "but",
  "if",
  "because",
  "although",
  "though",
  "which",
  "who",
  "when",
  "unless",
  "while",
  "whereas",
  ";",
]);
const CONTRAST_LEFT = new Set([",", "but", "and", "—", "–"]);
const MAX_SCAN = 20;
const SELF_PRONOUNS = new Set(["it", "he", "she", "they", "we", "i"]);

/**
 * Contract rules: denial cues deny; confirm/acknowledge/admit/verify confirm; otherwise a negated
 * factual proposition ("no such plan is being discussed", "had not received") is a denial, while a
 * negated obligation ("must not reward aggression") or a contrast ("for peace, not for capitulation")
 * stays an assertion.
 */
export function classifyStance(analysis: Analysis, cueClass: CueClass, content: Range): StanceResult {
  const negated = findNegation(analysis, content);
  if (cueClass === "deny") return { stance: "denies", negated: negated === "factual" };
  if (cueClass === "confirm") return { stance: "confirms", negated: negated === "factual" };
  if (negated === "factual") return { stance: "denies", negated: true };
  return { stance: "asserts", negated: negated === "obligation" };
}

function findNegation(analysis: Analysis, content: Range): "factual" | "obligation" | "contrast" | null {
  const { lower } = analysis.tokens;
  const end = Math.min(content.last, content.first + MAX_SCAN);
  for (let i = content.first; i < end; i++) {
    const word = lower[i] ?? "";
    if (i - content.first >= 3 && CLAUSE_BREAKS.has(word)) return null;
    // "the attack showed Russia was not preparing": a negation inside an embedded report or
    // inference is not the speaker denying the matter.
    // "it knows of no such plan" stays the speaker's own denial: a pronoun subject is the speaker.
    if (i > content.first && cueLexicon.has(word) && !SELF_PRONOUNS.has(lower[i - 1] ?? "")) return null;
    if (!negators.has(word)) continue;
    if (word === "cannot" || word === "can't" || /^(?:mustn't|shouldn't)$/.test(word)) return "obligation";
    const left = lower[i - 1] ?? "";
    const leftTwo = lower[i - 2] ?? "";
    if (word === "not" && i > content.first && CONTRAST_LEFT.has(left)) return "contrast";
    if (obligationModals.has(left) || obligationModals.has(leftTwo)) return "obligation";
    return "factual";
  }
  return null;
}
