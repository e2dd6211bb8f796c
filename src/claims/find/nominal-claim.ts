import type { Analysis, Range } from "../analyze-text.js";
import type { CueClass } from "../cue-lexicon.js";
import type { RawClaim } from "../raw-claim.js";
import type { Sentence } from "../segment-sentences.js";
import { nonNameWords, wordSet } from "../word-lists.js";
import { contentAfter } from "./find-content.js";

const POSSESSIVE_PRONOUNS = wordSet("his her their its");
const EPITHETS = /^(?:earlier|repeated|latest|recent|new|false|baseless|unfounded|previous)$/;
/** Speech nouns that take a that-clause, and what they do to the stance. */
export const nominalCues: ReadonlyMap<string, CueClass> = new Map<string, CueClass>([
  ...[
    ...wordSet(`claim claims assertion statement argument allegation allegations suggestion warning promise pledge
    insistence contention`),
  ].map((word): [string, CueClass] => [word, "speech"]),
  ["belief", "cognitive"],
  ["view", "cognitive"],
  ["denial", "deny"],
  ["admission", "confirm"],
  ["acknowledgment", "confirm"],
  ["acknowledgement", "confirm"],
]);

/** "Trump's claim that …", "his insistence that …": a possessor and a speech noun. */
export function nominalClaim(
  analysis: Analysis,
  sentenceIndex: number,
  first: number,
  cue: number,
  claims: RawClaim[],
): boolean {
  const sentence = analysis.sentences[sentenceIndex] as Sentence;
  const { lower } = analysis.tokens;
  let owner = cue - 1;
  if (owner > first && EPITHETS.test(lower[owner] ?? "")) owner--;
  const word = lower[owner] ?? "";
  if (owner < first || !(word.endsWith("'s") || word.endsWith("s'") || POSSESSIVE_PRONOUNS.has(word)))
    return false;
  const speaker = POSSESSIVE_PRONOUNS.has(word)
    ? { first: owner, last: owner + 1 }
    : possessorPhrase(analysis, owner, first);
  const content = contentAfter(analysis, cue + 1, sentence.last, "say");
  if (!content) return false;
  claims.push({
    speaker,
    speakerFrom: null,
    cue: { first: cue, last: cue + 1 },
    content,
    cueClass: nominalCues.get(lower[cue] ?? "") ?? "speech",
    lemma: lower[cue] ?? "claim",
    sentence: sentenceIndex,
  });
  return true;
}

function possessorPhrase(analysis: Analysis, owner: number, first: number): Range {
  let start = owner;
  while (
    start > first &&
    start - owner < 5 &&
    analysis.tokens.cap[start - 1] &&
    !nonNameWords.has(analysis.tokens.lower[start - 1] ?? "")
  )
    start--;
  if (start > first && /^(?:the|a|an)$/.test(analysis.tokens.lower[start - 1] ?? "")) start--;
  return { first: start, last: owner + 1 };
}
