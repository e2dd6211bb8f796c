import { findWords, type WordPattern, type WordSpan } from "./find-words.js";

/** Every occurrence of `words` in a folded text, in order (see `findWords`). */
export function findAllWords(text: string, words: readonly WordPattern[]): WordSpan[] {
  const spans: WordSpan[] = [];
  for (let span = findWords(text, words); span; span = findWords(text, words, span.start + 1)) {
    spans.push(span);
  }
  return spans;
}
