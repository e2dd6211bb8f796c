import type { Analysis, Range } from "../analyze-text.js";
import { cueLexicon } from "../cue-lexicon.js";
import { negators, obligationModals } from "../word-lists.js";

/** What a negation in the content does: negates a fact, an obligation, or only contrasts. */
export type Negation = "factual" | "obligation" | "hedge" | "contrast" | null;

// "he had seen the publications, but there was nothing to comment on": a negation after "but"
// qualifies an affirmed first conjunct, so the content as a whole is not negated.
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
  "whether",
  ";",
]);
const CONTRAST_LEFT = new Set([",", "but", "and", "—", "–"]);
/** "not only", "not just": a negator that adds rather than denies. */
const ADDING = new Set(["only", "just", "merely", "simply", "least", "to mention", "even"]);
const MAX_SCAN = 20;
const GERUND_HOSTS = new Set(["for", "of", "by", "without", "about", "from", "on", "in"]);
const HEDGES = new Set(["may", "might", "could"]);
const SELF_PRONOUNS = new Set(["it", "he", "she", "they", "we", "i"]);

/**
 * The polarity of the content's main clause, scanning its first words: a negation inside a
 * subordinate or relative clause ("no matter who he talks to", "whether or not", "which did not")
 * or in an embedded report ("the attack showed Russia was not preparing") does not count.
 */
export function findNegation(analysis: Analysis, content: Range): Negation {
  const { lower } = analysis.tokens;
  const end = Math.min(content.last, content.first + MAX_SCAN);
  for (let i = content.first; i < end; i++) {
    const word = lower[i] ?? "";
    if (i - content.first >= 3 && CLAUSE_BREAKS.has(word)) return null;
    // "it knows of no such plan" stays the speaker's own denial: a pronoun subject is the speaker.
    if (i > content.first && cueLexicon.has(word) && !SELF_PRONOUNS.has(lower[i - 1] ?? "")) return null;
    if (!negators.has(word)) continue;
    const next = lower[i + 1] ?? "";
    // "no matter who", "whether or not", "if not": a concessive or conditional, not a negation.
    if ((word === "no" && next === "matter") || (word === "not" && /^(?:or|if)$/.test(lower[i - 1] ?? "")))
      continue;
    if (word === "not" && ADDING.has(next)) continue;
    // "the penalties for not disclosing": a negated gerund inside a prepositional phrase.
    if (word === "not" && GERUND_HOSTS.has(lower[i - 1] ?? "")) continue;
    // "may not have paid a dime": a hedge, not a categorical negation.
    if (HEDGES.has(lower[i - 1] ?? "")) return "hedge";
    if (word === "cannot" || word === "can't" || /^(?:mustn't|shouldn't)$/.test(word)) return "obligation";
    const left = lower[i - 1] ?? "";
    const leftTwo = lower[i - 2] ?? "";
    if (word === "not" && i > content.first && CONTRAST_LEFT.has(left)) return "contrast";
    if (obligationModals.has(left) || obligationModals.has(leftTwo)) return "obligation";
    return "factual";
  }
  return null;
}
