import type { Analysis, Range } from "../analyze-text.js";
import type { CueEntry } from "../cue-lexicon.js";
import type { RawClaim } from "../raw-claim.js";
import type { Sentence } from "../segment-sentences.js";
import type { SpeakerBefore } from "../speaker/find-speaker-before.js";
import { wordSet } from "../word-lists.js";
import { contentAfter } from "./find-content.js";

/** Speech verbs whose passive makes the subject the one spoken to or about, not the speaker. */
const TOLD = wordSet("tell urge ask warn advise order press say report claim allege inform");
/** "Ukraine is said to be considering …": hearsay about the subject, the whole clause is the content. */
const RAISING = wordSet("say report claim allege");
/** Participles that read as a headline passive before "to" ("UN urged to launch …"). */
const HEADLINE_PASSIVES = wordSet("told urged warned ordered advised pressed");
const BE = wordSet("was were is are been being be 's 're am");

/**
 * Listeners and passive subjects are not speakers: "Kyiv was told that it must cede Donbas", "UN
 * urged to launch an inquiry", "AT&T had been told to sell", "Ukraine is said to be considering".
 * Without a "by" agent the teller is not named, so the claim is unattributed. Returns true when
 * the cue was such a passive (whether or not a claim came of it).
 */
export function listenerClaim(
  analysis: Analysis,
  sentenceIndex: number,
  cue: Range,
  entry: CueEntry,
  before: SpeakerBefore,
  claims: RawClaim[],
): boolean {
  const { lower } = analysis.tokens;
  if (!TOLD.has(entry.lemma) || !before.range || lower[cue.last] === "by") return false;
  // "was quoted as saying": the subject does speak.
  if (lower[cue.last] === "as") return false;
  const word = lower[cue.first] ?? "";
  const passive = BE.has(before.auxiliaries[0] ?? "") && !entry.participle && word !== entry.lemma;
  const headline = before.auxiliaries.length === 0 && HEADLINE_PASSIVES.has(word) && lower[cue.last] === "to";
  if (!passive && !headline) return false;
  const sentence = analysis.sentences[sentenceIndex] as Sentence;
  let content: Range | null;
  if (RAISING.has(entry.lemma) && lower[cue.last] === "to") {
    content = { first: before.range.first, last: trimEnd(analysis, sentence.last) };
  } else {
    content = contentAfter(analysis, cue.last, sentence.last, lower[cue.last] === "to" ? "say" : entry.lemma);
  }
  if (!content || content.last - content.first < 2) return true;
  claims.push({
    speaker: null,
    speakerFrom: null,
    // "was told", "had been told": the passive's auxiliaries belong to the cue.
    cue: { first: passive ? before.range.last : cue.first, last: cue.last },
    content,
    cueClass: entry.cueClass,
    lemma: entry.lemma,
    sentence: sentenceIndex,
  });
  return true;
}

function trimEnd(analysis: Analysis, last: number): number {
  let end = last;
  while (end > 0 && /^[.!?]$/.test(analysis.tokens.words[end - 1] ?? "")) end--;
  return end;
}
