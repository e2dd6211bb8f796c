import { isWordAt } from "./is-word-at.js";

/** One word of a compiled spelling variant. */
export interface WordPattern {
  /** The folded word, or the stem its inflected forms share. */
  text: string;
  /** How many more letters or digits may follow it: 0 for the word itself, Infinity for a prefix. */
  extra: number;
}

/** Where a variant occurs in a folded text: character offsets, `end` exclusive. */
export interface WordSpan {
  /** Offset of its first character. */
  start: number;
  /** Offset just after its last character. */
  end: number;
}

/**
 * The first occurrence, at or after `from`, of `words` in a folded text as consecutive words. Words
 * are the runs of letters and digits, so an occurrence counts only with no letter or digit right
 * before it, and none after each word beyond what its pattern allows (`plan` is not in `planet`;
 * `negotiat*` is in "negotiations"). Words of a phrase may be apart by any run of other characters
 * (`peace-plan`). A search, not a regular expression: cost is linear in the text per occurrence of
 * the first word.
 */
export function findWords(text: string, words: readonly WordPattern[], from = 0): WordSpan | undefined {
  const [first] = words;
  if (first === undefined) return undefined;
  for (let at = text.indexOf(first.text, from); at >= 0; at = text.indexOf(first.text, at + 1)) {
    if (isWordAt(text, at - 1)) continue;
    const end = followsAt(text, at, words);
    if (end >= 0) return { start: at, end };
  }
  return undefined;
}

/** Where the words, the first known to start at `start`, end when they all follow from there; -1 if not. */
function followsAt(text: string, start: number, words: readonly WordPattern[]): number {
  let at = start;
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] as WordPattern;
    if (index > 0) {
      // Skip the separators between two words; there is at least one, since a word just ended.
      while (at < text.length && !isWordAt(text, at)) at += 1;
      if (!text.startsWith(word.text, at)) return -1;
    }
    at += word.text.length;
    let extra = 0;
    while (isWordAt(text, at)) {
      if (extra === word.extra) return -1;
      extra += 1;
      at += 1;
    }
  }
  return at;
}
