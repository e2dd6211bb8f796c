import { foldTransliteration } from "../stories/fold-transliteration.js";
import { negators, stopWords } from "../stories/proposition-words.js";
import { stemWord } from "../stories/stem-word.js";
import { foldText } from "../topics/fold-text.js";

/** Words that say when or how, not what happened: every report has them. */
const commonWords = new Set(
  `monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow morning evening
  night week weeks day days month year years time new old late early latest said says told people
  officials official reporters statement statements one two`.split(/\s+/),
);
const tokenPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
// A capitalised word right after these is a sentence start, not a name.
const sentenceEnders = new Set([".", "!", "?", ":", ";"]);
/** Names and figures say which event it is; a headline says what matters most. */
const nameBoost = 1.5;
const titleBoost = 1.5;

/**
 * The salient terms of an article's headline and lead, each with a boost: content words crudely
 * stemmed ("strikes" and "strike" meet), names folded across spellings ("Zelenskyy", "Zelenskiy"),
 * "U.S." and "United States" one term. Names (capitalised mid-sentence) and figures ("25",
 * "28-point") count 1.5 times, headline words 1.5 times; stop words, weekdays and reporting verbs
 * are dropped. The rarer a term is in the window, the more it weighs: that is applied by the caller.
 */
export function eventTerms(title: string, lead: string): Map<string, number> {
  const terms = new Map<string, number>();
  addTerms(terms, title, titleBoost);
  addTerms(terms, lead, 1);
  return terms;
}

function addTerms(terms: Map<string, number>, text: string, weight: number): void {
  // "US" is a stop word in lower case ("told us"): the country is spelt out so it survives.
  const source = text.replace(/\bU\.S\.(?:A\.)?|\bUnited States\b|\bUSA?\b/gu, "Usa");
  for (const match of source.matchAll(tokenPattern)) {
    const token = match[0];
    const head = token.charAt(0);
    const figure = head >= "0" && head <= "9";
    const name = !figure && head !== head.toLowerCase() && !opensSentence(source, match.index);
    const boost = (figure || name ? nameBoost : 1) * weight;
    // "28-point" is one figure; "US-backed" is two words.
    if (figure || !token.includes("-")) addTerm(terms, termOf(token), boost);
    else for (const part of token.split("-")) addTerm(terms, termOf(part), boost);
  }
}

function addTerm(terms: Map<string, number>, term: string | null, boost: number): void {
  if (term !== null && boost > (terms.get(term) ?? 0)) terms.set(term, boost);
}

/** Whether the word at `index` starts a sentence: nothing but spaces and quotes after a full stop before it. */
function opensSentence(text: string, index: number): boolean {
  let at = index - 1;
  while (at >= 0 && (text[at] === " " || text[at] === '"' || text[at] === "“" || text[at] === "(")) at -= 1;
  return at < 0 || sentenceEnders.has(text[at] ?? "");
}

// Word forms repeat across a window's leads; the term of a form never changes, so it is kept.
const termCache = new Map<string, string | null>();
const termCacheLimit = 50_000;

function termOf(word: string): string | null {
  const cached = termCache.get(word);
  if (cached !== undefined) return cached;
  const term = computeTerm(word);
  if (termCache.size >= termCacheLimit) termCache.clear();
  termCache.set(word, term);
  return term;
}

function computeTerm(word: string): string | null {
  const lower = word.toLowerCase();
  // Why the ASCII fast path: folding (NFKD) every word of every lead is the costliest step.
  const folded = (/^[\x20-\x7e]*$/u.test(lower) ? lower : foldText(lower)).replace(/['’]s$/u, "");
  if (folded.length < 2 || stopWords.has(folded) || negators.has(folded) || commonWords.has(folded))
    return null;
  if (/^\p{N}/u.test(folded)) return folded;
  return stemWord(foldTransliteration(folded));
}
