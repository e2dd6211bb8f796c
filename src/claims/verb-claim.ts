import { type Analysis, closesQuote, type Range } from "./analyze-text.js";
import {
  isAnonymityFormula,
  isBareAnaphor,
  isEvidence,
  isGapped,
  parentheticalEnd,
} from "./claim-filters.js";
import { type CueEntry, needsAs, needsClause, needsToOrThat, weakCues } from "./cue-lexicon.js";
import { extendCue } from "./extend-cue.js";
import { contentAfter, contentBefore, sentenceEndsAt, skipAddressee, trimContent } from "./find-content.js";
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
/** Views that also take an infinitive or a "for" object. */
const INTENT_VERBS = wordSet("hope");
/** Verbs that attribute a finding only to evidence ("the poll shows"), never to an event. */
const EVIDENCE_ONLY = wordSet("show indicate");
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
  const before = findSpeakerBefore(
    analysis,
    cueIndex,
    first,
    CORE_CUES.has(entry.lemma) || needsClause.has(entry.lemma),
  );
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
  // "…, citing sources": a participle after a comma takes the main clause's subject, never the
  // words before the comma.
  if (entry.participle && (previous === "," || previous === "—")) speaker = null;
  // "every strike showed …": events are not sources; only evidence nouns show a finding.
  if (speaker && EVIDENCE_ONLY.has(entry.lemma) && !isEvidence(analysis, speaker)) return;
  const passive = /^(?:was|were|been|is|are|being)$/.test(previous) && lower[cueLast] === "by";
  if (passive) {
    speaker = findSpeakerAfter(analysis, cueLast + 1, sentence.last, true);
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
    speaker = findSpeakerAfter(analysis, cueLast, sentence.last, true);
    if (!speaker) return;
    inverted = true;
  } else if (!speaker) {
    return;
  }
  const afterCue = inverted && speaker ? speaker.last : cueLast;
  // "Officials say Omar Mateen, a guard, held …": with nothing before the speaker, content follows.
  const leftEdgeOf = (): number => (inverted ? cueIndex : (speaker?.first ?? cueIndex));
  const endsHere = sentenceEndsAt(analysis, skipAddressee(analysis, afterCue, entry.lemma, sentence.last), sentence.last);
  let content: Range | null;
  // "As Axios reported, the draft has 28 points": the content follows the framing clause.
  const frameComma =
    speaker !== null && !inverted && lower[speaker.first - 1] === "as" ? commaAfter(lower, afterCue) : -1;
  if (frameComma >= 0) {
    content = contentAfter(analysis, frameComma + 1, sentence.last, "say");
  } else if (endsHere && !entry.participle && contentBefore(analysis, first, leftEdgeOf()) !== null) {
    content = contentBefore(analysis, first, leftEdgeOf());
    // "Any proposals, she said, should reach Russia …": the clause runs on past the cue.
    if (content && parentheticalEnd(analysis, afterCue, sentence.last) >= 0)
      content = trimContent(analysis, { first: content.first, last: sentence.last });
  } else {
    content = contentAfter(analysis, afterCue, sentence.last, entry.lemma);
    if (content && (needsClause.has(entry.lemma) || FRAME_ONLY.has(entry.lemma))) {
      const start = lower[content.first] ?? "";
      // "thinks that …", "thinks he is right": a that-clause, a quote, or a clause opened by its subject.
      const clause =
        (/^(?:he|she|it|they|we|i|you|there|this|the|a|an|his|her|their|its|our|my|most|many|some|few|all|several|half|nearly|about|more|\d.*)$/.test(
          start,
        ) ||
          analysis.tokens.cap[content.first] === true) &&
        !FRAME_ONLY.has(entry.lemma);
      // "hopes to win", "hoped for a miracle": an intention verb also takes an infinitive.
      const intent = INTENT_VERBS.has(entry.lemma) && (start === "to" || start === "for");
      if (start !== "that" && !clause && !intent && (analysis.quoteOf[content.first] ?? -1) < 0) content = null;
    }
    if (content && needsToOrThat.has(entry.lemma) && !/^(?:to|that)$/.test(lower[content.first] ?? ""))
      content = entry.lemma === "expect" && objectThenTo(analysis, content) ? content : null;
    if (content && needsAs.has(entry.lemma) && !hasAs(lower, content)) content = null;
  }
  if (!content || content.last <= content.first) return;
  const quoted = (analysis.quoteOf[content.first] ?? -1) >= 0;
  if (!quoted && content.first > cueIndex && isGapped(analysis, content)) return;
  // "…, said Kyiv would not sign": a name after the cue that starts the content is its subject.
  if (inverted && !passive && !endsHere && lower[content.first] !== "that" && !quoted) return;
  if (isBareAnaphor(analysis, content)) return;
  if (entry.lemma === "ask" && isAnonymityFormula(analysis, content)) return;
  if (entry.lemma === "cite" && /^(?:unnamed|anonymous|sources?|officials?|people)$/.test(lower[content.first] ?? ""))
    return;
  if (endsHere && FRAME_ONLY.has(entry.lemma) && (analysis.quoteOf[content.first] ?? -1) < 0) return;
  if (content.last - content.first === 1 && /^\W$/.test(words[content.first] ?? "")) return;
  claims.push({
    weak: weakCues.has(entry.lemma),
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
  // "is expected to", "was considered": a passive without its agent names no holder of the view.
  if (entry.participle === false && /ed$|^(?:sought|seen|known|felt|spoken)$/.test(cue) && isBeForm(lower[cueIndex - 1] ?? "") && lower[cueIndex + 1] !== "by")
    return true;
  // "will announce plans Friday": a future or hypothetical act is not yet a claim.
  if (entry.lemma !== "say" && before.auxiliaries.some((word) => MODALS.has(word))) return true;
  if (!before.range) return false;
  // "taxpayers reporting gains": an -ing form right after a noun modifies it; "is saying" does not.
  // Speech participles after a noun do attribute: "footage of Trump saying …", "a letter saying …".
  const plainParticiple = entry.participle && !CORE_CUES.has(entry.lemma);
  const absolute = lower[before.range.first - 1] === "with";
  if (plainParticiple && before.range.last === cueIndex && !isBeForm(lower[cueIndex - 1] ?? "") && !absolute)
    return true;
  // "what he called …" is a free relative; "whether X has supported …" asks, it does not claim.
  const opener = lower[before.range.first - 1] ?? "";
  // "What does Moscow say?": a question about a claim is not one.
  if (/^(?:do|does|did)$/.test(opener)) return true;
  if (opener === "whether" || opener === "if") return true;
  if ((opener === "which" || opener === "what") && entry.lemma === "call") return true;
  // "what we know", "what they want": a free relative names a view without stating it.
  if (opener === "what" && entry.cueClass === "cognitive") return true;
  // "Editor's note", "the AP's report": a possessive subject means the cue word is a noun.
  if ((lower[before.range.last - 1] ?? "").endsWith("'s") && NOUNLIKE_BASE.test(cue)) return true;
  // "according to media reports": a noun reading inside a prepositional phrase is no cue.
  // "media reports of a draft": a cue noun with its "of" complement.
  if (NOUNLIKE.test(cue) && lower[cueIndex + 1] === "of") return true;
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

/** "sees the plan as a trap": an "as" within the first words of the content. */
function hasAs(lower: string[], content: Range): boolean {
  for (let k = content.first + 1; k < content.last && k - content.first <= 10; k++) {
    const word = lower[k] ?? "";
    if (word === "as") return true;
    if (word === "," || word === ";") return false;
  }
  return false;
}

/** "expects Russia to launch …": a short object, then the infinitive. */
function objectThenTo(analysis: Analysis, content: Range): boolean {
  const { lower, cap } = analysis.tokens;
  if (!cap[content.first] && !/^(?:him|her|them|it|us)$/.test(lower[content.first] ?? "")) return false;
  for (let k = content.first + 1; k < content.last && k - content.first <= 4; k++) if (lower[k] === "to") return true;
  return false;
}
