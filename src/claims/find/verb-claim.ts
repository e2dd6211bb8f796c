import { type Analysis, closesQuote, type Range } from "../analyze-text.js";
import { type CueEntry, coreCues, needsAs, needsClause, needsToOrThat, weakCues } from "../cue-lexicon.js";
import type { RawClaim } from "../raw-claim.js";
import type { Sentence } from "../segment-sentences.js";
import { findSpeakerAfter } from "../speaker/find-speaker-after.js";
import { findSpeakerBefore } from "../speaker/find-speaker-before.js";
import { sentenceSubject } from "../speaker/sentence-subject.js";
import { documentNouns, evidenceNouns, wordSet } from "../word-lists.js";
import {
  isAnonymityFormula,
  isBareAnaphor,
  isBareNounPhrase,
  isEvidence,
  isGapped,
  isRecord,
  parentheticalEnd,
} from "./claim-filters.js";
import {
  beforeAskedAside,
  closeRelative,
  commaAfter,
  hasAs,
  objectPhrase,
  objectThenTo,
  quoteLeads,
} from "./content-shape.js";
import { extendCue } from "./extend-cue.js";
import { contentAfter, contentBefore, sentenceEndsAt, skipAddressee, trimContent } from "./find-content.js";
import { listenerClaim } from "./listener-claim.js";
import { isNotAClaim, STATEMENT_NOUNS } from "./not-a-claim.js";
import { relativeGapContent } from "./relative-gap.js";
import { sourcedAppositive } from "./sourced-appositive.js";

/** Verbs of putting out a statement: "issued a statement calling …". */
const ISSUING = wordSet("issued released sent posted published put issues releases sends posts publishes");
/** Verbs that frame a quotation only ("he continued", "she joked"). */
const FRAME_ONLY = wordSet("continue joke quip conclude reply respond write post");
/** Views that also take an infinitive or a "for" object. */
const INTENT_VERBS = wordSet("hope");
/** Verbs that attribute a finding only to evidence ("the poll shows"), never to an event. */
const EVIDENCE_ONLY = wordSet("show indicate");

export function verbClaim(
  analysis: Analysis,
  sentenceIndex: number,
  first: number,
  cueIndex: number,
  found: CueEntry,
  claims: RawClaim[],
  sentenceStart: number,
): void {
  const sentence = analysis.sentences[sentenceIndex] as Sentence;
  const { lower, words } = analysis.tokens;
  let entry = found;
  const extended = extendCue(analysis, cueIndex, entry, sentence.last);
  if (extended === null) return;
  let cueLast = extended;
  let cueFirst = cueIndex;
  let before = findSpeakerBefore(
    analysis,
    cueIndex,
    first,
    coreCues.has(entry.lemma) ||
      needsClause.has(entry.lemma) ||
      // "Scott's family has called on police": a past form after a noun phrase is a verb.
      (/ed$/.test(lower[cueIndex] ?? "") && entry.cueClass !== "cognitive"),
  );
  // "pushed back on the report": a rebuttal.
  if (entry.lemma === "push" && lower[cueIndex + 1] === "back") entry = { ...entry, cueClass: "deny" };
  // "did not deny", "has never disputed": not denying what is in question concedes it.
  if (before.negated && entry.cueClass === "deny" && before.range) {
    entry = { ...entry, cueClass: "confirm" };
    cueFirst = before.range.last;
    before = { ...before, negated: false };
  }
  if (
    !before.negated &&
    listenerClaim(analysis, sentenceIndex, { first: cueFirst, last: cueLast }, entry, before, claims)
  )
    return;
  if (isNotAClaim(analysis, cueIndex, entry, before)) return;
  let speaker = before.range;
  // "The Security Council issued a statement calling …": the statement's issuer speaks.
  if (
    speaker &&
    entry.participle &&
    STATEMENT_NOUNS.has(lower[cueIndex - 1] ?? "") &&
    ISSUING.has(lower[speaker.first - 1] ?? "")
  )
    speaker = sentenceSubject(analysis, first, speaker.first - 1) ?? speaker;
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
  const passive = /^(?:was|were|been|is|are|being)$/.test(previous) && lower[cueLast] === "by";
  if (passive) {
    speaker = findSpeakerAfter(analysis, cueLast + 1, sentence.last, true);
    if (!speaker) return;
    cueLast++;
    inverted = true;
  } else if (speaker && isDocument(analysis, speaker)) {
    // Why: the seed article's gold (../shared/seed) reads "According to the plan, Kiev would …" and
    // "the plan calls for …" as the article describing the document under discussion, not as a
    // source making a claim; records that speak ("the letter says", "the data showed") do count.
    return;
  } else if (
    !speaker &&
    (before.coordinated || (entry.participle && (previous === "," || previous === "—")))
  ) {
    speakerFrom = claims.length > sentenceStart ? claims.length - 1 : null;
    if (speakerFrom === null) speaker = sentenceSubject(analysis, first, cueIndex);
    if (speakerFrom === null && !speaker) return;
  } else if (!speaker && (previous === "," || closesQuote(analysis, cueIndex - 1) || cueIndex === first)) {
    speaker = findSpeakerAfter(analysis, cueLast, sentence.last, true);
    if (!speaker) return;
    inverted = true;
  } else if (!speaker) {
    return;
  }
  // "every strike showed …": events are not sources; only evidence nouns show a finding.
  const holder = speakerFrom !== null ? (claims[speakerFrom]?.speaker ?? null) : speaker;
  if (EVIDENCE_ONLY.has(entry.lemma) && (!holder || !isEvidence(analysis, holder))) return;
  const afterCue = inverted && speaker ? speaker.last : cueLast;
  // "Officials say Omar Mateen, a guard, held …": with nothing before the speaker, content follows.
  const leftEdge = inverted ? cueIndex : (speaker?.first ?? cueIndex);
  const endsHere = sentenceEndsAt(
    analysis,
    skipAddressee(analysis, afterCue, entry.lemma, sentence.last),
    sentence.last,
  );
  let content: Range | null;
  const before0 = entry.participle ? null : contentBefore(analysis, first, leftEdge);
  // "On The Steve Harvey Show on Tuesday, Clinton criticized …": an opening adverbial is no content.
  const preceding = before0 && adverbialOnly(analysis, before0) ? null : before0;
  // "As Axios reported, the draft has 28 points": the content follows the framing clause.
  const frameComma =
    speaker !== null && !inverted && lower[speaker.first - 1] === "as" ? commaAfter(lower, afterCue) : -1;
  if (frameComma >= 0) {
    content = contentAfter(analysis, frameComma + 1, sentence.last, "say");
  } else if (preceding !== null && (endsHere || quoteLeads(analysis, preceding, first, afterCue))) {
    content = preceding;
    // "Any proposals, she said, should reach Russia …": the clause runs on past the cue.
    if (content && parentheticalEnd(analysis, afterCue, sentence.last) >= 0)
      content = trimContent(analysis, { first: content.first, last: sentence.last });
  } else if (colonEnds(analysis, afterCue, sentence.last)) {
    content = paragraphAfter(analysis, sentenceIndex);
  } else {
    // "told reporters Ukraine would …": the addressee is in the cue already; none is skipped twice.
    const addressed = entry.lemma === "tell" && cueLast > cueIndex + 1;
    content = contentAfter(analysis, afterCue, sentence.last, addressed ? "say" : entry.lemma);
    // "A new poll shows Sanders leading": a record shows what its object depicts, clause or not.
    const depicts = EVIDENCE_ONLY.has(entry.lemma) && holder !== null && isRecord(analysis, holder);
    if (content && !depicts && (needsClause.has(entry.lemma) || FRAME_ONLY.has(entry.lemma))) {
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
      if (start !== "that" && !clause && !intent && (analysis.quoteOf[content.first] ?? -1) < 0)
        content = null;
    }
    if (content && needsToOrThat.has(entry.lemma) && !/^(?:to|that)$/.test(lower[content.first] ?? ""))
      content = entry.lemma === "expect" && objectThenTo(analysis, content) ? content : null;
    if (content && needsAs.has(entry.lemma) && !hasAs(lower, content)) content = null;
  }
  if (content && speaker && !inverted) content = closeRelative(analysis, speaker, content);
  if (content) content = beforeAskedAside(analysis, sourcedAppositive(analysis, content));
  if (content && content.first > cueIndex) content = objectPhrase(analysis, entry.lemma, content);
  if (!content || content.last <= content.first) return;
  const quoted = (analysis.quoteOf[content.first] ?? -1) >= 0;
  let relative = false;
  if (!quoted && content.first > cueIndex && isGapped(analysis, content)) {
    // "…, which officials said will start in May": the relative word is the missing subject.
    const gapped = speaker && !inverted ? relativeGapContent(analysis, speaker, content) : null;
    if (!gapped || gapped.last <= gapped.first) return;
    content = gapped;
    relative = true;
  }
  // "…, said Kyiv would not sign": a name after the cue that starts the content is its subject.
  if (inverted && !passive && !endsHere && lower[content.first] !== "that" && !quoted) return;
  if (isBareAnaphor(analysis, content)) return;
  // "denied class-action status to employees", "deny them permits": withholding, no rejection.
  if (entry.lemma === "deny" && content.first > cueIndex && withholds(analysis, content)) return;
  // "Voters are rejecting him", "rejected by 64 percent of the electorate": a vote, no statement.
  if (entry.cueClass === "deny" && holder && votes(analysis, holder, content)) return;
  if (content.first > cueIndex && isBareNounPhrase(analysis, entry.lemma, content)) return;
  // "Chaffetz declined.": an intention verb never takes the sentence before it as its content.
  if (needsToOrThat.has(entry.lemma) && content.last <= cueIndex && !quoted) return;
  // "added to her lead", "added 1 million jobs": "add" reports speech only with a clause or quote.
  if (
    entry.lemma === "add" &&
    !quoted &&
    /^(?:to|another|\d.*)$/.test(lower[content.first] ?? "") &&
    content.first > cueIndex
  )
    return;
  if (entry.lemma === "ask" && isAnonymityFormula(analysis, content)) return;
  if (
    entry.lemma === "cite" &&
    /^(?:unnamed|anonymous|sources?|officials?|people)$/.test(lower[content.first] ?? "")
  )
    return;
  if (endsHere && FRAME_ONLY.has(entry.lemma) && (analysis.quoteOf[content.first] ?? -1) < 0) return;
  if (content.last - content.first === 1 && /^\W$/.test(words[content.first] ?? "")) return;
  claims.push({
    weak: weakCues.has(entry.lemma),
    speaker: speakerFrom === null ? speaker : null,
    speakerFrom,
    cue: { first: cueFirst, last: cueLast },
    content,
    cueClass: entry.cueClass,
    lemma: entry.lemma,
    sentence: sentenceIndex,
    document: holder !== null && evidenceNouns.has(lower[holder.last - 1] ?? ""),
    ...(relative ? { relative } : {}),
  });
  // "“We will keep talking,” Peskov said, “but nothing is decided.”": the quote goes on after the cue.
  const rest = content.last <= cueIndex && quoted ? splitQuoteAfter(analysis, afterCue, sentence.last) : null;
  if (rest)
    claims.push({
      speaker: null,
      speakerFrom: claims.length - 1,
      cue: { first: cueFirst, last: cueLast },
      content: rest,
      cueClass: entry.cueClass,
      lemma: entry.lemma,
      sentence: sentenceIndex,
    });
}

/** "He said:" closing its paragraph, the words said standing in the next one. */
function colonEnds(analysis: Analysis, from: number, last: number): boolean {
  for (let k = from; k < last && k - from < 5; k++)
    if (analysis.tokens.words[k] === ":") return k === last - 1;
  return false;
}

/** The next paragraph as content: its quotation when it opens with one, else its text. */
function paragraphAfter(analysis: Analysis, sentenceIndex: number): Range | null {
  const { sentences } = analysis;
  const own = sentences[sentenceIndex] as Sentence;
  const next = sentences[sentenceIndex + 1];
  if (!next || next.paragraph === own.paragraph) return null;
  const quote = analysis.quotes[analysis.quoteOf[next.first] ?? -1];
  if (quote && quote.open === next.first) return { first: quote.open, last: quote.close + 1 };
  let last = next.last;
  for (let s = sentenceIndex + 2; sentences[s]?.paragraph === next.paragraph; s++)
    last = sentences[s]?.last ?? last;
  return trimContent(analysis, { first: next.first, last });
}

/** The quotation resuming a split quote after the cue: `said, “…”` within a few words; or null. */
function splitQuoteAfter(analysis: Analysis, from: number, last: number): Range | null {
  const { lower } = analysis.tokens;
  for (let k = from; k < last && k - from < 6; k++) {
    if (lower[k] !== ",") continue;
    const quote = analysis.quotes[analysis.quoteOf[k + 1] ?? -1];
    if (!quote || quote.open !== k + 1) return null;
    return { first: quote.open, last: quote.close + 1 };
  }
  return null;
}

function isDocument(analysis: Analysis, range: Range): boolean {
  const { lower } = analysis.tokens;
  // "Diplomats who had read the draft": the head is before the relative clause.
  for (let k = range.first + 1; k < range.last; k++)
    if (/^(?:who|that|which|whose)$/.test(lower[k] ?? "")) return documentNouns.has(lower[k - 1] ?? "");
  return documentNouns.has(lower[range.last - 1] ?? "");
}

/** "denied class-action status to employees", "could deny them permits": deny as withhold. */
function withholds(analysis: Analysis, content: Range): boolean {
  const { lower } = analysis.tokens;
  const first = lower[content.first] ?? "";
  if (first === "that" || (analysis.quoteOf[content.first] ?? -1) >= 0) return false;
  if (/^(?:him|her|them|us|me)$/.test(first)) return true;
  for (let k = content.first + 1; k < content.last && k <= content.first + 6; k++) {
    if (!/^[a-z-]+$/.test(lower[k] ?? "")) return false;
    if (lower[k] === "to" && /^(?:the|a|an|his|her|their|its|\p{Ll}+s)$/u.test(lower[k + 1] ?? ""))
      return true;
  }
  return false;
}

const ELECTORATES = wordSet("voters electorate voter electors");

/** A deny cue whose speaker is an electorate and whose object is no claim: a vote. */
function votes(analysis: Analysis, speaker: Range, content: Range): boolean {
  const { lower } = analysis.tokens;
  let electorate = false;
  for (let k = speaker.first; k < speaker.last; k++) electorate ||= ELECTORATES.has(lower[k] ?? "");
  if (!electorate) return false;
  for (let k = content.first; k < content.last && k < content.first + 6; k++)
    if (/^(?:that|notion|idea|claim|claims|argument|report|suggestion)$/.test(lower[k] ?? "")) return false;
  return true;
}

const ADVERBIAL_OPENERS = wordSet(
  "on in at during after before with for by from since despite amid under over inside outside unlike",
);
const VERB_LIKE = wordSet(
  "is are was were be been has have had will would can could should may might must do does did",
);

/** A stretch that opens with a preposition and holds no verb: an adverbial, not something said. */
function adverbialOnly(analysis: Analysis, range: Range): boolean {
  const { lower } = analysis.tokens;
  if ((analysis.quoteOf[range.first] ?? -1) >= 0 || !ADVERBIAL_OPENERS.has(lower[range.first] ?? ""))
    return false;
  for (let k = range.first; k < range.last; k++) {
    const word = lower[k] ?? "";
    if (VERB_LIKE.has(word) || /[a-z]ed$/.test(word)) return false;
  }
  return true;
}
