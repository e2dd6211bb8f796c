import type { Analysis, Range } from "./analyze-text.js";
import { type CueClass, type CueEntry, cueLexicon, needsClause, needsToOrThat, requiredParticle } from "./cue-lexicon.js";
import { contentAfter, contentBefore } from "./find-content.js";
import { findSpeakerAfter, findSpeakerBefore, isSpeakerHead } from "./find-speaker.js";
import type { Sentence } from "./segment-sentences.js";
import { documentNouns, functionWords, nonNameWords } from "./word-lists.js";

/** A claim as token ranges, before speakers are parsed and resolved. */
export interface RawClaim {
  /** The speaker phrase, or null when the speaker is inherited (see `speakerFrom`). */
  speaker: Range | null;
  /** Index of an earlier raw claim whose speaker this one shares ("…, adding …", a follow-on quote). */
  speakerFrom: number | null;
  cue: Range;
  content: Range;
  cueClass: CueClass;
  /** Sentence index the cue sits in. */
  sentence: number;
}

/** Cue verbs that are verbs whenever a noun phrase precedes them ("The bank said"). */
const MODALS = new Set(["will", "would", "could", "might", "may", "can", "shall", "'ll", "'d"]);
const CORE_CUES = new Set([
  "say", "tell", "add", "claim", "argue", "insist", "warn", "explain", "ask", "write", "announce", "deny", "confirm",
  "acknowledge", "admit", "suggest", "reply", "respond", "contend", "allege", "assert", "declare", "predict", "tweet",
]);
const HEADLINE_CUES = new Set(["says", "said", "tells", "told", "warns", "claims", "denies", "confirms", "admits", "insists", "urges", "slams", "rejects", "dismisses"]);
const LABELS = new Set([
  "update", "updated", "watch", "breaking", "exclusive", "opinion", "analysis", "video", "photos", "photo", "related",
  "read", "more", "editor's", "note", "source", "sources", "live", "timeline", "explainer", "factbox", "q&a", "listen",
  "subscribe", "advertisement", "comments", "comment", "share", "tags", "topics", "correction", "clarification",
  "latest", "the", "abstract", "summary", "highlights", "background", "context", "update", "warning",
]);
const MEDIUM = /^(?:social|media|x|telegram|twitter|facebook|instagram|truth|his|her|its|their|the|a|an|website|blog|account|page|channel|post)$/;
const FRAME_ONLY = new Set(["continue", "joke", "quip", "conclude", "recall", "reply", "respond", "write", "post"]);
const NOUNLIKE = /^(?:reports|claims|calls|states|notes|remarks|posts|shows|finds|estimates|demands|promises|pledges|vows|tweets|statements|warnings|comments|answers|replies|responses)$/;
const NOUNLIKE_BASE = /^(?:note|report|claim|call|statement|post|tweet|remark|estimate|promise|pledge|warning|comment|reply|response|demand|proposal)s?$/;
const PREPOSITIONS = new Set(["to", "of", "in", "by", "from", "with", "on", "for", "about", "at", "after", "before", "amid", "despite"]);
const CALL_PARTICLES = new Set(["for", "on"]);
const DATELINE = /^[\p{Lu}][\p{Lu} .,'’-]{1,40},?\s+(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+)?(?:\(\s*[\p{L} .&]+\)\s*)?[-–—]+\s*/u;

/** Find the attributions whose cue lies in one sentence. */
export function findClaimsInSentence(analysis: Analysis, sentenceIndex: number, claims: RawClaim[]): void {
  const sentence = analysis.sentences[sentenceIndex];
  if (!sentence) return;
  const first = skipDateline(analysis, sentence);
  const { lower, cap } = analysis.tokens;
  const startCount = claims.length;
  const titleCase = isTitleCase(analysis, first, sentence.last);
  colonClaim(analysis, sentenceIndex, first, claims);
  for (let i = first; i < sentence.last; i++) {
    if ((analysis.quoteOf[i] ?? -1) >= 0) continue;
    const word = lower[i] ?? "";
    if (word === "according" && lower[i + 1] === "to") {
      accordingClaim(analysis, sentenceIndex, first, i, claims);
      i++;
      continue;
    }
    if ((word === "―" || word === "—") && epigraphClaim(analysis, sentenceIndex, i, claims)) continue;
    const entry = cueLexicon.get(word);
    if (!entry || (cap[i] && !(titleCase && HEADLINE_CUES.has(word)))) continue;
    // "Media reports said": the noun reading of the first cue word yields to the verb after it.
    if (cueLexicon.has(lower[i + 1] ?? "") && !cap[i + 1]) continue;
    verbClaim(analysis, sentenceIndex, first, i, entry, claims, startCount);
  }
}

function verbClaim(
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
  let cueLast = cueIndex + 1;
  const particles = requiredParticle.get(entry.lemma);
  if (particles) {
    if (!particles.includes(lower[cueLast] ?? "")) return;
    cueLast++;
  }
  if (entry.lemma === "call" && CALL_PARTICLES.has(lower[cueLast] ?? "")) cueLast++;
  if (entry.lemma === "tell" && /^(?:reporters|journalists)$/.test(lower[cueLast] ?? "")) cueLast++;
  if ((entry.lemma === "write" || entry.lemma === "post" || entry.lemma === "say") && lower[cueLast] === "on") {
    let k = cueLast + 1;
    while (k < sentence.last && k - cueLast < 4 && MEDIUM.test(lower[k] ?? "")) k++;
    if (k > cueLast + 1 && /^(?:media|x|telegram|twitter|facebook|instagram|social|website|blog)$/.test(lower[k - 1] ?? "")) cueLast = k;
  }
  if (entry.lemma === "say" && lower[cueLast] === "in" && lower[cueLast + 1] === "a" && lower[cueLast + 2] === "statement") {
    cueLast += 3;
  }
  const before = findSpeakerBefore(analysis, cueIndex, first, CORE_CUES.has(entry.lemma));
  if (before.negated) return;
  // "will announce plans Friday": a future or hypothetical act is not yet a claim.
  if (entry.lemma !== "say" && before.auxiliaries.some((word) => MODALS.has(word))) return;
  // "taxpayers reporting gains": an -ing form right after a noun modifies it; "is saying" does not.
  if (entry.participle && before.range && before.range.last === cueIndex && !isBeForm(lower[cueIndex - 1] ?? "")) return;
  // "what he called …" is a free relative; "whether X has supported …" asks, it does not claim.
  const opener = before.range ? (lower[before.range.first - 1] ?? "") : "";
  if (opener === "whether" || opener === "if" || ((opener === "which" || opener === "what") && entry.lemma === "call")) return;
  // "Editor's note", "the AP's report": a possessive subject means the cue word is a noun.
  if (before.range && (lower[before.range.last - 1] ?? "").endsWith("'s") && NOUNLIKE_BASE.test(lower[cueIndex] ?? "")) return;
  // "according to media reports": a noun reading inside a prepositional phrase is no cue.
  if (before.range && NOUNLIKE.test(lower[cueIndex] ?? "") && PREPOSITIONS.has(lower[before.range.first - 1] ?? "")) return;
  let speaker = before.range;
  let speakerFrom: number | null = null;
  let inverted = false;
  let previous = lower[cueIndex - 1] ?? "";
  // ", even suggesting …": look past adverbs for the comma that opens a participle clause.
  for (let k = cueIndex - 1; k > first && cueIndex - k <= 2 && /^(?:even|also|then|again|later|repeatedly)$/.test(lower[k] ?? ""); k--) {
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
  } else if (!speaker && (before.coordinated || (entry.participle && (previous === "," || previous === "—")))) {
    speakerFrom = claims.length > sentenceStart ? claims.length - 1 : null;
    if (speakerFrom === null) speaker = sentenceSubject(analysis, first, cueIndex);
    if (speakerFrom === null && !speaker) return;
  } else if (!speaker && (previous === "," || isQuoteClose(analysis, cueIndex - 1))) {
    speaker = findSpeakerAfter(analysis, cueLast, sentence.last);
    if (!speaker) return;
    inverted = true;
  } else if (!speaker) {
    return;
  }
  const afterCue = inverted && speaker ? speaker.last : cueLast;
  const endsHere = sentenceEndsAt(analysis, afterCue, sentence.last);
  let content: Range | null;
  if (endsHere && !entry.participle) {
    const leftEdge = inverted ? cueIndex : (speaker?.first ?? cueIndex);
    content = contentBefore(analysis, first, leftEdge);
  } else {
    content = contentAfter(analysis, afterCue, sentence.last, entry.lemma);
    if (content && (needsClause.has(entry.lemma) || FRAME_ONLY.has(entry.lemma))) {
      const start = lower[content.first] ?? "";
      // "thinks that …", "thinks he is right": a that-clause, a quote, or a clause opened by its subject.
      const clause = /^(?:he|she|it|they|we|i|you|there|this|the|a|an)$/.test(start) && !FRAME_ONLY.has(entry.lemma);
      if (start !== "that" && !clause && (analysis.quoteOf[content.first] ?? -1) < 0) content = null;
    }
    if (content && needsToOrThat.has(entry.lemma) && !/^(?:to|that)$/.test(lower[content.first] ?? "")) content = null;
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

/** A title-case headline ("Graham Says Trump Could Win"), where a capitalised cue is still a cue. */
function isTitleCase(analysis: Analysis, first: number, last: number): boolean {
  if (last - first < 4 || last - first > 25) return false;
  let words = 0;
  let capitals = 0;
  for (let k = first; k < last; k++) {
    if (!/^\p{L}/u.test(analysis.tokens.words[k] ?? "")) continue;
    words++;
    if (analysis.tokens.cap[k]) capitals++;
  }
  return capitals >= 0.7 * words;
}

/** “…” ― Name: a quotation signed after a dash. */
function epigraphClaim(analysis: Analysis, sentenceIndex: number, dash: number, claims: RawClaim[]): boolean {
  const sentence = analysis.sentences[sentenceIndex] as Sentence;
  const before = analysis.quoteOf[dash - 1] ?? -1;
  const quote = before >= 0 ? analysis.quotes[before] : undefined;
  if (!quote || quote.close !== dash - 1) return false;
  const speaker = findSpeakerAfter(analysis, dash + 1, sentence.last);
  if (!speaker || !analysis.tokens.cap[speaker.first]) return false;
  claims.push({ speaker, speakerFrom: null, cue: { first: dash, last: dash + 1 }, content: { first: quote.open, last: quote.close + 1 }, cueClass: "speech", sentence: sentenceIndex });
  return true;
}

/** "According to X, …" and "…, according to X." */
function accordingClaim(analysis: Analysis, sentenceIndex: number, first: number, at: number, claims: RawClaim[]): void {
  const sentence = analysis.sentences[sentenceIndex] as Sentence;
  const { lower } = analysis.tokens;
  let end = at + 2;
  while (end < sentence.last && end - at < 24 && !/^[,;:.!?—–]$/.test(lower[end] ?? "")) end++;
  const bounded = end < sentence.last || at > first + 1;
  if (end - (at + 2) > 20 || end === at + 2 || !bounded) {
    const fallback = findSpeakerAfter(analysis, at + 2, sentence.last);
    if (!fallback) return;
    end = fallback.last;
  }
  const source: Range = { first: at + 2, last: end };
  for (let k = source.first; k < Math.min(source.last, source.first + 4); k++) {
    if (documentNouns.has(lower[k] ?? "")) return;
  }
  let content: Range | null;
  if (at <= first + 1) content = contentAfter(analysis, end, sentence.last, "say");
  else content = contentBefore(analysis, first, at);
  if (!content) return;
  claims.push({ speaker: source, speakerFrom: null, cue: { first: at, last: at + 2 }, content, cueClass: "speech", sentence: sentenceIndex });
}

/** "Peskov: “…”" at the start of a sentence. */
function colonClaim(analysis: Analysis, sentenceIndex: number, first: number, claims: RawClaim[]): void {
  const sentence = analysis.sentences[sentenceIndex] as Sentence;
  const { lower, cap } = analysis.tokens;
  let colon = first;
  while (colon < sentence.last && colon - first < 4 && cap[colon] && !functionWords.has(lower[colon] ?? "")) colon++;
  if (colon === first || lower[colon] !== ":" || colon + 1 >= sentence.last) return;
  for (let k = first; k < colon; k++) if (nonNameWords.has(lower[k] ?? "") || LABELS.has(lower[k] ?? "")) return;
  const paragraphStart = sentenceIndex === 0 || analysis.sentences[sentenceIndex - 1]?.paragraph !== sentence.paragraph;
  // A headline "Name: what they said" counts without quote marks; elsewhere a quote must follow.
  if (!isQuoteOpenAt(analysis, colon + 1) && !(paragraphStart && sentence.last - colon > 4)) return;
  const content = contentAfter(analysis, colon + 1, sentence.last, "say");
  if (!content) return;
  claims.push({
    speaker: { first, last: colon },
    speakerFrom: null,
    cue: { first: colon, last: colon + 1 },
    content,
    cueClass: "speech",
    sentence: sentenceIndex,
  });
}

function isBeForm(word: string): boolean {
  return /^(?:is|are|was|were|be|been|am|'s|'re)$/.test(word);
}

function isDocument(analysis: Analysis, range: Range): boolean {
  return documentNouns.has(analysis.tokens.lower[range.last - 1] ?? "");
}

function isQuoteClose(analysis: Analysis, i: number): boolean {
  const quote = analysis.quoteOf[i] ?? -1;
  return quote >= 0 && analysis.quotes[quote]?.close === i;
}

function isQuoteOpenAt(analysis: Analysis, i: number): boolean {
  const quote = analysis.quoteOf[i] ?? -1;
  return quote >= 0 && analysis.quotes[quote]?.open === i;
}

/** True when only an adverbial ("on Tuesday", "in a statement") and the full stop follow. */
function sentenceEndsAt(analysis: Analysis, from: number, last: number): boolean {
  const { lower, cap } = analysis.tokens;
  for (let k = from; k < last; k++) {
    const word = lower[k] ?? "";
    if (/^[.!?]$/.test(word)) return true;
    if (word === ":") return false;
    if (word === "," || word === ";" || word === "—") return !isQuoteOpenAt(analysis, k + 1) && lower[k + 1] !== "that";
    if (k - from > 5) return false;
    if (!cap[k] && !/^(?:on|in|at|last|this|a|an|the|to|late|early|earlier|later|yesterday|today|statement|interview|reporters|journalists|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|night|morning|evening|afternoon|conference|briefing|told|news|press|also|then|recently|again)$/.test(word)) return false;
  }
  return true;
}

/** The subject opening a sentence, for "…, saying …" and "… and says …" without an earlier claim. */
function sentenceSubject(analysis: Analysis, first: number, limit: number): Range | null {
  const { lower } = analysis.tokens;
  let start = first;
  // Skip an opening adverbial ("On Thursday,", "In a statement,").
  for (let k = first; k < limit && k - first < 8; k++) {
    if (lower[k] === ",") {
      start = k + 1;
      break;
    }
  }
  if (/^(?:but|and|however|meanwhile|still|yet|so)$/.test(lower[start] ?? "")) start++;
  const subject = findSpeakerAfter(analysis, start, limit);
  if (subject) return subject;
  return isSpeakerHead(analysis, start) && lower[start + 1] !== "," ? { first: start, last: start + 1 } : null;
}

function skipDateline(analysis: Analysis, sentence: Sentence): number {
  const { starts } = analysis.tokens;
  const start = starts[sentence.first] ?? 0;
  const head = analysis.text.slice(start, start + 80);
  const match = DATELINE.exec(head);
  if (!match) return sentence.first;
  let i = sentence.first;
  while (i < sentence.last && (starts[i] ?? 0) < start + match[0].length) i++;
  return i;
}
