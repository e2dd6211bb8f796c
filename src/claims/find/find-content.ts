import { type Analysis, opensQuote, type Range } from "../analyze-text.js";
import { cueLexicon } from "../cue-lexicon.js";
import { contentPreludeWords, functionWords, pronouns, wordSet } from "../word-lists.js";
import { reportedConjunct } from "./reported-conjunct.js";

const TRAILING = new Set([".", "!", "?", ",", ";", ":", "—", "–", "-", "…"]);
const OBJECT_WORDS = new Set([
  "reporters",
  "journalists",
  "him",
  "her",
  "them",
  "us",
  "me",
  "lawmakers",
  "parliament",
]);

/** Drop trailing punctuation that is not inside a quotation; keep a closing quote mark. */
export function trimContent(analysis: Analysis, range: Range): Range {
  const { words } = analysis.tokens;
  let { first, last } = range;
  while (last > first && TRAILING.has(words[last - 1] ?? "")) {
    const quote = analysis.quoteOf[last - 1] ?? -1;
    if (quote >= 0 && (analysis.quotes[quote]?.close ?? -1) > last - 1) break;
    last--;
  }
  while (first < last && /^[,:;—–-]$/.test(words[first] ?? "")) first++;
  return { first, last };
}

/**
 * Content after a cue: "said [on Tuesday] [that] …", "said: “…”", "told reporters …". A quotation
 * that opens the content is taken whole, even when it runs past the sentence or the paragraph.
 */
export function contentAfter(
  analysis: Analysis,
  from: number,
  sentenceLast: number,
  lemma: string,
): Range | null {
  const { lower, cap } = analysis.tokens;
  let start = from;
  if (lemma === "tell" || lemma === "ask" || lemma === "urge" || lemma === "accuse" || lemma === "blame") {
    start = skipObject(analysis, start, sentenceLast);
  }
  // "called Palin a “clown”": a naming verb's content is its object and what it is called.
  if (lemma === "call" && !opensQuote(analysis, start)) {
    const named = trimContent(analysis, { first: start, last: sentenceLast });
    return named.last > named.first ? named : null;
  }
  let k = start;
  let found = -1;
  const addressed = lemma === "tell" || lemma === "ask";
  // "told the newspaper of Charleston on Saturday that": the skipped addressee may run on.
  let inPhrase = addressed && start > from;
  for (; k < sentenceLast && k - start < 10; k++) {
    const word = lower[k] ?? "";
    if (word === "that" || isQuoteOpen(analysis, k)) {
      found = k;
      break;
    }
    if (word === "," || word === ":") inPhrase = false;
    // "stated of the scandal that", "wrote about the race that" ("said about 40 …" is a number).
    if ((word === "of" || word === "about") && !/^\d/.test(lower[k + 1] ?? "")) {
      inPhrase = true;
      continue;
    }
    if (word === "," || word === ":" || contentPreludeWords.has(word) || cap[k]) {
      inPhrase ||= PHRASE_OPENERS.has(word) || (addressed && ADDRESSEE_OPENERS.has(word));
      continue;
    }
    // "wrote to the senator's office that", "told the paper in an interview that": the nouns of
    // an addressee or a medium phrase stand between the cue and its that-clause.
    // "wrote to Sanders’ office that": a possessive mark stays inside the phrase.
    if (inPhrase && (isPlainNoun(word) || word === "of" || word === "'" || word === "’")) continue;
    // "reported, citing unnamed sources, that …": a participle aside before the that-clause.
    if (lower[k - 1] === "," && /ing$/.test(word)) {
      let close = k + 1;
      while (close < sentenceLast && close - k < 10 && lower[close] !== ",") close++;
      if (lower[close] === "," && lower[close + 1] === "that") {
        found = close + 1;
        break;
      }
    }
    break;
  }
  const first = found >= 0 ? found : afterAside(analysis, start, sentenceLast);
  if (first >= sentenceLast) return null;
  const quote = isQuoteOpen(analysis, first) ? analysis.quotes[analysis.quoteOf[first] ?? -1] : undefined;
  if (quote) {
    const afterQuote = quote.close + 1;
    // Why: “A. B.” runs past the sentence; the whole quotation is the content when nothing follows it.
    if (afterQuote >= sentenceLast || quote.close >= sentenceLast) return { first, last: afterQuote };
  }
  const range = trimContent(analysis, { first, last: sentenceLast });
  return range.last > range.first ? range : null;
}

/** Content before the speaker: "The plan is dead, a senior lawmaker said" / "“…,” Peskov said". */
export function contentBefore(analysis: Analysis, sentenceFirst: number, speakerFirst: number): Range | null {
  const { words } = analysis.tokens;
  let end = speakerFirst;
  while (end > sentenceFirst && /^[,—–-]$/.test(words[end - 1] ?? "")) end--;
  if (end <= sentenceFirst) {
    // "“…?” Clinton said.": the quote closed the previous sentence.
    const before = analysis.quoteOf[sentenceFirst - 1] ?? -1;
    const quote = before >= 0 ? analysis.quotes[before] : undefined;
    return quote && quote.close === sentenceFirst - 1 ? { first: quote.open, last: quote.close + 1 } : null;
  }
  const quoteIndex = analysis.quoteOf[end - 1] ?? -1;
  const quote = quoteIndex >= 0 ? analysis.quotes[quoteIndex] : undefined;
  if (quote && quote.close === end - 1) return { first: quote.open, last: quote.close + 1 };
  // "…,” he said": the comma sits inside the quote.
  const range = trimContent(analysis, { first: sentenceFirst, last: end });
  if (range.last - range.first < 2) return null;
  return reportedConjunct(analysis, range);
}

// Why only prepositions (and an addressee's determiner after "told"/"asked"): "says a violent hit
// that used to …" has a determiner phrase that is the content's own subject.
const PHRASE_OPENERS = new Set(["to", "in", "on", "at", "with", "by", "via"]);
const ADDRESSEE_OPENERS = new Set(["the", "a", "an", "his", "her", "their", "its"]);

const ASIDE_OPENERS = wordSet("even on in at with during after before for however again still now though");

/** "reported, even on Friday morning, the White House was …": the content starts after the aside. */
function afterAside(analysis: Analysis, start: number, sentenceLast: number): number {
  const { lower } = analysis.tokens;
  if (lower[start] !== "," || !ASIDE_OPENERS.has(lower[start + 1] ?? "")) return start;
  for (let close = start + 2; close < sentenceLast && close - start <= 10; close++) {
    const word = lower[close] ?? "";
    if (word === ",") return close + 1 < sentenceLast ? close + 1 : start;
    if (!/^[\p{L}\p{N}]/u.test(word) || (analysis.quoteOf[close] ?? -1) >= 0) return start;
  }
  return start;
}

function isPlainNoun(word: string): boolean {
  return (
    /^[a-z][a-z'’-]*$/.test(word) &&
    !functionWords.has(word) &&
    !cueLexicon.has(word) &&
    !word.endsWith("ly") &&
    !word.endsWith("ed")
  );
}

function isQuoteOpen(analysis: Analysis, i: number): boolean {
  const quote = analysis.quoteOf[i] ?? -1;
  return quote >= 0 && analysis.quotes[quote]?.open === i;
}

/** Past the addressee of "told"/"asked" ("told the Dispatch"), for any other cue `from` itself. */
export function skipAddressee(analysis: Analysis, from: number, lemma: string, limit: number): number {
  return lemma === "tell" || lemma === "ask" ? skipObject(analysis, from, limit) : from;
}

/** Skip the addressee of "told"/"asked": "told reporters", "told Reuters on Tuesday", "told him". */
function skipObject(analysis: Analysis, from: number, limit: number): number {
  const { lower, cap } = analysis.tokens;
  let i = from;
  if (i < limit && (OBJECT_WORDS.has(lower[i] ?? "") || pronouns.has(lower[i] ?? ""))) return i + 1;
  if (lower[i] === "the" || lower[i] === "a") i++;
  const objectStart = i;
  while (
    i < limit &&
    i - objectStart < 6 &&
    (cap[i] ||
      /^(?:news|agency|outlet|newspaper|channel|broadcaster|station|parliament|lawmakers|crowd|audience)$/.test(
        lower[i] ?? "",
      ))
  )
    i++;
  return i > objectStart ? i : from;
}

const SUBORDINATORS = wordSet("as when while after before because");
const CLOSING_PREPOSITIONS = wordSet("in on at during via through after before with outside inside near");
const TRAILING_ADVERBIAL = wordSet(`
  on in at last this a an the to late early earlier later yesterday today statement interview reporters
  journalists monday tuesday wednesday thursday friday saturday sunday week night morning evening afternoon
  conference briefing told news press also then recently again`);

/** True when only an adverbial ("on Tuesday", "in a statement") and the full stop follow. */
export function sentenceEndsAt(analysis: Analysis, from: number, last: number): boolean {
  // "said in its latest update.": a closing prepositional phrase is an adverbial, not content.
  if (CLOSING_PREPOSITIONS.has(analysis.tokens.lower[from] ?? "")) {
    for (let k = from + 1; k < last && k - from <= 7; k++) {
      const word = analysis.tokens.lower[k] ?? "";
      // "said in its daily report, claiming …": a participle aside may follow the adverbial.
      if (
        /^[.!?…]$/.test(word) ||
        (word === "," && (k === last - 1 || /ing$/.test(analysis.tokens.lower[k + 1] ?? "")))
      )
        return true;
      if (!/^[\p{L}\p{N}'’-]/u.test(word)) break;
    }
  }
  const { lower, cap } = analysis.tokens;
  for (let k = from; k < last; k++) {
    const word = lower[k] ?? "";
    if (/^[.!?…]$/.test(word)) return true;
    if (word === ":") return false;
    if (word === "," || word === ";" || word === "—")
      return !opensQuote(analysis, k + 1) && lower[k + 1] !== "that";
    if (k - from > 5) return false;
    // "said Friday as he entered the talks": a subordinate clause after the cue is no content.
    // "dismissed Walker as an ineffective leader": "as" with a noun phrase predicates the object.
    const predicate =
      word === "as" && (/^(?:a|an|the)$/.test(lower[k + 1] ?? "") || opensQuote(analysis, k + 1));
    if (k > from && SUBORDINATORS.has(word) && !predicate) return true;
    if (!cap[k] && !TRAILING_ADVERBIAL.has(word)) return false;
  }
  return true;
}
