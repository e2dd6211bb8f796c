import { splitWords } from "./split-words.js";

/**
 * A title + text split into folded words once, so that many topics can be matched against it
 * cheaply. Build it with `prepareDocument` and reuse it across topics.
 */
export interface PreparedDocument {
  /** Folded words of the title, a boundary marker (""), then the folded words of the text. */
  words: string[];
  /** Positions in `words` of each distinct word, ascending. */
  positions: Map<string, number[]>;
  /** The distinct words, sorted, for prefix lookups (filled on first use). */
  sortedWords: string[] | null;
}

/**
 * Prepares a document for matching. The empty word between title and text keeps a phrase from
 * spanning the two (no query word is ever empty).
 */
export function prepareDocument(title: string, text: string): PreparedDocument {
  const words = [...splitWords(title), "", ...splitWords(text)];
  const positions = new Map<string, number[]>();
  words.forEach((word, index) => {
    const list = positions.get(word);
    if (list) list.push(index);
    else positions.set(word, [index]);
  });
  return { words, positions, sortedWords: null };
}
