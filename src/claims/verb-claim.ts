import { type Analysis, closesQuote, type Range } from "./analyze-text.js";
import { type CueEntry, needsClause, needsToOrThat } from "./cue-lexicon.js";
import { extendCue } from "./extend-cue.js";
import { contentAfter, contentBefore, sentenceEndsAt } from "./find-content.js";
import { findSpeakerAfter } from "./find-speaker-after.js";
import { findSpeakerBefore, type SpeakerBefore } from "./find-speaker-before.js";
import type { RawClaim } from "./raw-claim.js";
import type { Sentence } from "./segment-sentences.js";
import { sentenceSubject } from "./sentence-subject.js";
import { documentNouns, wordSet } from "./word-lists.js";

const MODALS = wordSet("will would could might may can shall 'll 'd");
/** Cue verbs that are verbs whenever a noun phrase precedes them ("The bank said"). */
const CORE_CUES = wordSet(`
  say tell add claim argue insist warn explain ask write announce deny confirm acknowledge admit suggest reply
  respond contend allege assert declare predict tweet`);
/** Verbs that frame a quotation only ("he continued", "she joked"). */
const FRAME_ONLY = wordSet("continue joke quip conclude recall reply respond write post");
const PREPOSITIONS = wordSet("to of in by from with on for about at after before amid despite");
const NOUNLIKE =
  /^(?:reports|claims|calls|states|notes|remarks|posts|shows|finds|estimates|demands|promises|pledges|vows|tweets|statements|warnings|comments|answers|replies|responses)$/;
const NOUNLIKE_BASE =
  /^(?:note|report|claim|call|statement|post|tweet|remark|estimate|promise|pledge|warning|comment|reply|response|demand|proposal)s?$/;

export function verbClaim(
  analysis: Analysis,
  sentenceIndex: number,
  first: number,
  cueIndex: number,
  entry: CueEntry,
  claims: RawClaim[],
  sentenceStart: number,
): void {
  const sentence = analysis.sentences[sentenceIndex] as Sentence;
  const { lower, words } = analysis.tokens;
  const extended = extendCue(analysis, cueIndex, entry, sentence.last);
  if (extended === null) return;
  let cueLast = extended;
  const before = findSpeakerBefore(analysis, cueIndex, first, CORE_CUES.has(entry.lemma));
  if (isNotAClaim(analysis, cueIndex, entry, before)) return;
  let speaker = before.range;
  let speakerFrom: number | null = null;
  let inverted = false;
  let previous = lower[cueIndex - 1] ?? "";
  // ", even suggesting …": look past adverbs for the comma that opens a participle clause.
  for (
    let k = cueIndex - 1;
    k > first && cueIndex - k <= 2 && /^(?:even|also|then|again|later|repeatedly)$/.test(lower[k] ?? "");
    k--
  ) {
    previous = lower[k - 1] ?? "";
  }
  if (entry.participle && /^(?:by|before|after|while|when)$/.test(previous)) previous = ",";
  const passive = /^(?:was|were|been|is|are|being)$/.test(previous) && lower[cueLast] === "by";
  if (passive) {
    speaker = findSpeakerAfter(analysis, cueLast + 1, sentence.last);
    if (!speaker) return;
    cueLast++;
    inverted = true;
  } else if (speaker && isDocument(analysis, speaker)) {
    return;
  } else if (
    !speaker &&
    (before.coordinated || (entry.participle && (previous === "," || previous === "—")))
  ) {
    speakerFrom = claims.length > sentenceStart ? claims.length - 1 : null;
    if (speakerFrom === null) speaker = sentenceSubject(analysis, first, cueIndex);
    if (speakerFrom === null && !speaker) return;
  } else if (!speaker && (previous === "," || closesQuote(analysis, cueIndex - 1))) {
    speaker = findSpeakerAfter(analysis, cueLast, sentence.last);
    if (!speaker) return;
    inverted = true;
  } else if (!speaker) {
    return;
  }
  const afterCue = inverted && speaker ? speaker.last : cueLast;
  const endsHere = sentenceEndsAt(analysis, afterCue, sentence.last);
  let content: Range | null;
  // "As Axios reported, the draft has 28 points": the content follows the framing clause.
  const frameComma =
    speaker !== null && !inverted && lower[speaker.first - 1] === "as" ? commaAfter(lower, afterCue) : -1;
  if (frameComma >= 0) {
    content = contentAfter(analysis, frameComma + 1, sentence.last, "say");
  } else if (endsHere && !entry.participle) {
    const leftEdge = inverted ? cueIndex : (speaker?.first ?? cueIndex);
    content = contentBefore(analysis, first, leftEdge);
  } else {
    content = contentAfter(analysis, afterCue, sentence.last, entry.lemma);
    if (content && (needsClause.has(entry.lemma) || FRAME_ONLY.has(entry.lemma))) {
      const start = lower[content.first] ?? "";
      // "thinks that …", "thinks he is right": a that-clause, a quote, or a clause opened by its subject.
      const clause =
        (/^(?:he|she|it|they|we|i|you|there|this|the|a|an|his|her|their|its|our|my)$/.test(start) ||
          analysis.tokens.cap[content.first] === true) &&
        !FRAME_ONLY.has(entry.lemma);
      if (start !== "that" && !clause && (analysis.quoteOf[content.first] ?? -1) < 0) content = null;
    }
    if (content && needsToOrThat.has(entry.lemma) && !/^(?:to|that)$/.test(lower[content.first] ?? ""))
      content = null;
  }
  if (!content || content.last <= content.first) return;
  if (endsHere && FRAME_ONLY.has(entry.lemma) && (analysis.quoteOf[content.first] ?? -1) < 0) return;
  if (content.last - content.first === 1 && /^\W$/.test(words[content.first] ?? "")) return;
  claims.push({
    speaker: speakerFrom === null ? speaker : null,
    speakerFrom,
    cue: { first: cueIndex, last: cueLast },
    content,
    cueClass: entry.cueClass,
    sentence: sentenceIndex,
  });
}

/** Readings of a cue word that attribute nothing. */
function isNotAClaim(analysis: Analysis, cueIndex: number, entry: CueEntry, before: SpeakerBefore): boolean {
  const { lower } = analysis.tokens;
  const cue = lower[cueIndex] ?? "";
  if (before.negated) return true;
  // "will announce plans Friday": a future or hypothetical act is not yet a claim.
  if (entry.lemma !== "say" && before.auxiliaries.some((word) => MODALS.has(word))) return true;
  if (!before.range) return false;
  // "taxpayers reporting gains": an -ing form right after a noun modifies it; "is saying" does not.
  // Speech participles after a noun do attribute: "footage of Trump saying …", "a letter saying …".
  const plainParticiple = entry.participle && !CORE_CUES.has(entry.lemma);
  if (plainParticiple && before.range.last === cueIndex && !isBeForm(lower[cueIndex - 1] ?? "")) return true;
  // "what he called …" is a free relative; "whether X has supported …" asks, it does not claim.
  const opener = lower[before.range.first - 1] ?? "";
  if (opener === "whether" || opener === "if") return true;
  if ((opener === "which" || opener === "what") && entry.lemma === "call") return true;
  // "Editor's note", "the AP's report": a possessive subject means the cue word is a noun.
  if ((lower[before.range.last - 1] ?? "").endsWith("'s") && NOUNLIKE_BASE.test(cue)) return true;
  // "according to media reports": a noun reading inside a prepositional phrase is no cue.
  return NOUNLIKE.test(cue) && PREPOSITIONS.has(lower[before.range.first - 1] ?? "");
}

function isBeForm(word: string): boolean {
  return /^(?:is|are|was|were|be|been|am|'s|'re)$/.test(word);
}

function isDocument(analysis: Analysis, range: Range): boolean {
  return documentNouns.has(analysis.tokens.lower[range.last - 1] ?? "");
}

/** The comma closing "As X said [on Tuesday]," within a few words, or -1. */
function commaAfter(lower: string[], from: number): number {
  for (let k = from; k < from + 6; k++) {
    const word = lower[k] ?? "";
    if (word === ",") return k;
    if (!/^[\p{L}\p{N}]/u.test(word)) return -1;
  }
  return -1;
}
