import { foldText } from "./fold-text.js";

const separator = /[^\p{L}\p{N}]+/u;

/**
 * The folded words of a text, in order. Anything that is not a letter or digit separates words,
 * so hyphens, apostrophes and punctuation all count as boundaries: "peace-plan" is ["peace", "plan"]
 * and "Ukraine's" is ["ukraine", "s"]. Queries and documents are split the same way, which is what
 * makes word boundaries and phrases agree.
 */
export function splitWords(text: string): string[] {
  return foldText(text)
    .split(separator)
    .filter((word) => word.length > 0);
}
