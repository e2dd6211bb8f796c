import type { Tokens } from "./tokenize.js";

/** A sentence as a token range [first, last) and its paragraph number. */
export interface Sentence {
  /** Index of the first token. */
  first: number;
  /** Index one past the last token. */
  last: number;
  /** Paragraph number (0-based); paragraphs are separated by line breaks. */
  paragraph: number;
}

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "gov",
  "sen",
  "rep",
  "gen",
  "lt",
  "col",
  "capt",
  "sgt",
  "st",
  "jr",
  "sr",
  "inc",
  "corp",
  "co",
  "ltd",
  "vs",
  "no",
  "jan",
  "feb",
  "mar",
  "apr",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "prof",
  "rev",
  "fr",
  "pres",
  "adm",
  "maj",
  "cmdr",
  "dept",
  "est",
  "approx",
  "etc",
  "e.g",
  "i.e",
  "ft",
]);
const TERMINATORS = new Set([".", "!", "?", "…"]);
const CLOSERS = new Set(["”", '"', "’", "'", ")", "]", "»"]);
/** Why: a text with no sentence breaks must not become one unbounded sentence (content spans, scans). */
const MAX_SENTENCE_TOKENS = 300;

/** Split tokens into sentences; a line break always ends a sentence (headlines, paragraphs). */
export function segmentSentences(tokens: Tokens): Sentence[] {
  const { lower, cap, newlineBefore, words } = tokens;
  const count = lower.length;
  const sentences: Sentence[] = [];
  let first = 0;
  let paragraph = 0;
  const close = (last: number): void => {
    if (last > first) sentences.push({ first, last, paragraph });
    first = last;
  };
  for (let i = 0; i < count; i++) {
    if (i > first && newlineBefore[i]) {
      close(i);
      paragraph++;
    }
    if (i - first >= MAX_SENTENCE_TOKENS) close(i);
    const word = words[i] ?? "";
    // "Headline | Outlet": a bar separates a title from the site name.
    if (word === "|") {
      close(i);
      continue;
    }
    if (!TERMINATORS.has(word)) continue;
    let end = i + 1;
    while (
      end < count &&
      CLOSERS.has(words[end] ?? "") &&
      !newlineBefore[end] &&
      !opensAfterSpace(tokens, end)
    )
      end++;
    if (end >= count || newlineBefore[end]) {
      i = end - 1;
      continue;
    }
    if (word === "." && isAbbreviation(lower[i - 1] ?? "", words[i - 1] ?? "")) continue;
    const next = words[end] ?? "";
    if (cap[end] || "“\"‘'«([".includes(next[0] ?? "")) {
      close(end);
      i = end - 1;
    }
  }
  close(count);
  return sentences;
}

/** A straight quote mark after a space opens the next quotation: `said. "Nothing …"`. */
function opensAfterSpace(tokens: Tokens, i: number): boolean {
  const word = tokens.words[i];
  if (word !== '"' && word !== "'") return false;
  return (tokens.starts[i] ?? 0) > (tokens.ends[i - 1] ?? 0);
}

function isAbbreviation(lower: string, word: string): boolean {
  if (lower.endsWith(".")) return true;
  if (ABBREVIATIONS.has(lower)) return true;
  // "U.S." and initials ("J. Smith") end in a dot that does not end the sentence.
  return lower.includes(".") || (word.length === 1 && word >= "A" && word <= "Z");
}
