const wordCharacter = /^[\p{L}\p{N}]/u;

/** Whether the character at `index` of a folded text is part of a word (a letter or a digit). */
export function isWordAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
  // A letter outside the BMP is a surrogate pair: test the whole code point.
  const start = code >= 0xdc00 && code <= 0xdfff && index > 0 ? index - 1 : index;
  return wordCharacter.test(text.slice(start, start + 2));
}
