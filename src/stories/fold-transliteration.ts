/**
 * One spelling for the usual romanisations of Slavic name endings, on a folded (lower-case) word:
 * Zelensky/Zelenskyy/Zelenskiy/Zelenskij → "zelensky", Dmitry/Dmitri/Dmitriy → "dmitry",
 * Sergei/Sergey → "sergey". Words under four letters ("li", "xi") are left alone.
 */
export function foldTransliteration(word: string): string {
  if (word.length < 4) return word;
  return word
    .replace(/sk(?:yy|yi|iy|ij|ii|i)$/, "sky")
    .replace(/(?:iy|ij|yy|yi|ii)$/, "y")
    .replace(/e[ij]$/, "ey")
    .replace(/([^aeiouy])i$/, "$1y");
}
