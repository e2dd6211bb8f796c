import { foldText } from "./fold-text.js";

/**
 * A title + text folded once (see `foldText`), so that many topics can be matched against it
 * cheaply. Build it with `prepareDocument` and reuse it across topics. Nothing else is built up
 * front: a query looks up only its own words, where they occur, when it is matched.
 */
export interface PreparedDocument {
  /** The folded title. */
  foldedTitle: string;
  /** The folded text. Kept apart from the title so that no phrase spans the two. */
  foldedText: string;
}

// ASCII text folds to its lower case: NFKD leaves it as it is and it has no marks to drop.
// biome-ignore lint/suspicious/noControlCharactersInRegex: a non-ASCII character needs the full fold.
const nonAscii = /[^\u0000-\u007f]/u;

/** Prepares a document for matching. */
export function prepareDocument(title: string, text: string): PreparedDocument {
  return { foldedTitle: fold(title), foldedText: fold(text) };
}

function fold(text: string): string {
  return nonAscii.test(text) ? foldText(text) : text.toLowerCase();
}
