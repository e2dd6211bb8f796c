import type { Analysis, Range } from "../analyze-text.js";
import { wordSet } from "../word-lists.js";

/** Auxiliaries and modals: a content that opens with one has lost its subject. */
const FINITE_AUXILIARIES = wordSet(`
  should would could will can must may might shall is are was were has have had does did do 's 'll 'd`);
/** Nouns naming evidence that can "show" or "indicate" something (polls, records, studies). */
const EVIDENCE_NOUNS = wordSet(`
  poll polls polling survey surveys study studies report reports data records figures analysis analyses
  research numbers results document documents filings statistics census review audit investigation memo
  letter letters email emails video footage images photos tally count estimates model models tests
  test findings assessment documents transcript transcripts records`);
const ANAPHORS = wordSet("this that these those it them");

/**
 * "a position several governments say should remain …", "Kyiv said would not sign …": a content
 * opening with an auxiliary has lost its subject to a relative clause or a misread speaker.
 */
export function isGapped(analysis: Analysis, content: Range): boolean {
  const word = analysis.tokens.lower[content.first] ?? "";
  return FINITE_AUXILIARIES.has(word) || word === "as";
}

/** "every strike showed …" is an inference from an event; only evidence nouns "show" a finding. */
export function isEvidence(analysis: Analysis, speaker: Range): boolean {
  // A named source ("Gallup", "the Pentagon's figures") may show a finding too.
  const head = speaker.last - 1;
  return EVIDENCE_NOUNS.has(analysis.tokens.lower[head] ?? "") || analysis.tokens.cap[head] === true;
}

/** Records and surveys that show what they depict ("the poll shows Sanders leading"), not named sources. */
const RECORD_NOUNS = wordSet(`
  poll polls polling survey surveys study studies data records figures analysis research numbers results
  filings statistics census audit memo email emails video videos footage images photos photo transcript
  transcripts findings ledgers`);

/** "the poll shows Sanders leading": a record or survey, whose object is what it depicts. */
export function isRecord(analysis: Analysis, speaker: Range): boolean {
  return RECORD_NOUNS.has(analysis.tokens.lower[speaker.last - 1] ?? "");
}

/** "rejected that account": a bare anaphor says nothing a reader can use on its own. */
export function isBareAnaphor(analysis: Analysis, content: Range): boolean {
  const { lower } = analysis.tokens;
  return content.last - content.first <= 2 && ANAPHORS.has(lower[content.first] ?? "");
}

/** "who asked not to be named": the anonymity formula is no claim. */
export function isAnonymityFormula(analysis: Analysis, content: Range): boolean {
  const { lower } = analysis.tokens;
  return (
    lower[content.first] === "not" && lower[content.first + 1] === "to" && lower[content.first + 2] === "be"
  );
}

/**
 * "Any proposals from Washington, she said, should reach Russia …": when the words after a
 * parenthetical cue continue the clause with its verb, the whole sentence is the content.
 * Returns the comma that closes the parenthetical, or -1.
 */
export function parentheticalEnd(analysis: Analysis, from: number, last: number): number {
  const { lower } = analysis.tokens;
  for (let k = from; k < last && k - from <= 6; k++) {
    if (lower[k] !== ",") continue;
    return FINITE_AUXILIARIES.has(lower[k + 1] ?? "") ? k : -1;
  }
  return -1;
}

/** Cues that report speech only with something said: "reported the news", "expressed confidence" say nothing. */
const NEEDS_PROPOSITION = wordSet("express report post write mention tell reveal share");
const OPENS_PROPOSITION = wordSet("that whether if how why what who when where to");
const FINITE = wordSet(`
  is are was were be been being has have had will would can could should may might must do does did
  's 're 'll 'd am won't can't don't doesn't didn't isn't wasn't`);

/**
 * "Zelensky reported the news to his cabinet", "Witkoff expressed confidence": a noun phrase with
 * no verb of its own after a cue that needs a proposition is an act of saying, not a claim.
 */
export function isBareNounPhrase(analysis: Analysis, lemma: string, content: Range): boolean {
  if (!NEEDS_PROPOSITION.has(lemma)) return false;
  const { lower } = analysis.tokens;
  if ((analysis.quoteOf[content.first] ?? -1) >= 0 || OPENS_PROPOSITION.has(lower[content.first] ?? ""))
    return false;
  for (let k = content.first; k < content.last; k++) {
    const word = lower[k] ?? "";
    if ((analysis.quoteOf[k] ?? -1) >= 0) return false;
    if (FINITE.has(word) || (k > content.first && /[a-z]ed$/.test(word))) return false;
  }
  return true;
}
