const wordCharacter = /^[\p{L}\p{N}]/u;

/** Whether the character at `index` of a folded text is part of a word (a letter or a digit). */
function isWordAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
  // A letter outside the BMP is a surrogate pair: test the whole code point.
  const start = code >= 0xdc00 && code <= 0xdfff && index > 0 ? index - 1 : index;
  return wordCharacter.test(text.slice(start, start + 2));
}

/**
 * Whether `words` (folded, as `splitWords` gives them) occur in a folded text as consecutive words,
 * the last one possibly as a prefix. Words are the runs of letters and digits, so an occurrence
 * counts only with no letter or digit right before it or right after it (`plan` is not in
 * `planet`), and words of a phrase may be apart by any run of other characters (`peace-plan`).
 * A search, not a regular expression: cost is linear in the text per occurrence of the first word.
 */
export function findWords(text: string, words: readonly string[], prefix: boolean): boolean {
  const [first] = words;
  if (first === undefined) return false;
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
    if (!isWordAt(text, at - 1) && followsAt(text, at, words, prefix)) return true;
  }
  return false;
}

/** Whether the words, the first known to start at `start`, all follow from there. */
function followsAt(text: string, start: number, words: readonly string[], prefix: boolean): boolean {
  let at = start;
  const last = words.length - 1;
  for (let index = 0; index <= last; index += 1) {
    const word = words[index] as string;
    if (index > 0) {
      // Skip the separators between two words; there is at least one, since a word just ended.
      while (at < text.length && !isWordAt(text, at)) at += 1;
      if (!text.startsWith(word, at)) return false;
    }
    at += word.length;
    if (!(index === last && prefix) && isWordAt(text, at)) return false;
  }
  return true;
}
