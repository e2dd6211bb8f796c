import type { Analysis, Range } from "../analyze-text.js";
import { functionWords, negators, wordSet } from "../word-lists.js";

/** Words too common in news to show what two statements are about. */
const COMMON = wordSet(`
  said says say told tell would could should will also there their about after before more than
  over into like just year years time people thing things going make made want wants think know
  very really much many some other others only still even back well that this these those what
  which who whom whose when where while been being have having were does done doing according
  statement interview reporters week today yesterday monday tuesday wednesday thursday friday
  saturday sunday`);

/** The content words of a stretch of text, as stems; names (capitalised words) apart. */
export interface Stems {
  /** Stems of lower-case content words. */
  words: Set<string>;
  /** Stems of capitalised words: names say who, not what about. */
  names: Set<string>;
}

/**
 * The stems of a range's content words (four letters or more, no function words or negators),
 * enough to tell when two statements are about the same thing ("illegally disclosed" and "no
 * illegal disclosure" meet at "illeg", "discl").
 */
export function contentStems(analysis: Analysis, range: Range): Stems {
  const { lower, cap } = analysis.tokens;
  const stems: Stems = { words: new Set(), names: new Set() };
  for (let k = range.first; k < range.last; k++) {
    const word = lower[k] ?? "";
    if (word.length < 4 || !/^\p{L}/u.test(word)) continue;
    if (functionWords.has(word) || negators.has(word) || COMMON.has(word)) continue;
    (cap[k] ? stems.names : stems.words).add(stem(word));
  }
  return stems;
}

/** How many stems two stretches share: all of them, and those that are not names. */
export function sharedStems(a: Stems, b: Stems): { all: number; words: number } {
  let words = 0;
  let names = 0;
  for (const x of a.words) if (b.words.has(x) || b.names.has(x)) words++;
  for (const x of a.names) if (b.names.has(x) || b.words.has(x)) names++;
  return { all: words + names, words };
}

/** A crude prefix stem: possessive and common endings off, at most six letters kept. */
function stem(word: string): string {
  const bare = word.replace(/'s?$/u, "");
  const cut = bare.replace(/(?:ations?|ings?|ments?|ness|ally|edly|ed|es|ly|s)$/u, "");
  return (cut.length >= 4 ? cut : bare).slice(0, 6);
}
