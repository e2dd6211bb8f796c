// Letters that NFKD does not decompose into a base letter plus a combining mark.
const extraFolds: Record<string, string> = {
  ß: "ss",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  æ: "ae",
  œ: "oe",
  ı: "i",
};
const extraFoldPattern = /[ßøłđðþæœı]/g;

/**
 * Case- and accent-insensitive form of a text: NFKD, combining marks dropped, lower case, and a
 * few letters NFKD keeps whole (ß, ø, ł …) spelled out. "Kyïv" and "KYIV" both fold to "kyiv".
 */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(extraFoldPattern, (letter) => extraFolds[letter] ?? letter);
}
