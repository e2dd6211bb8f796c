import type { WordPattern } from "./find-words.js";

// Endings of the forms a query is written in (nominative, an adjective's long form), folded as
// `foldText` folds them (й → и, ї → і, ё → е). Longest first. No -ов/-ев/-ин: they end surnames
// (Песков, Дмитриев, Путин), whose other forms add letters after them (Пескова, Песковым).
const endings = (
  "ыи ии ои іи ая яя ое ее ые ие ія ия ья ье ую юю ых их ым им ом ем ам ям ах ях ою ею оі іі ію " +
  "а я ы и е у ю ь і"
).split(" ");
/** Shortest stem left after an ending is cut: shorter stems would meet unrelated words. */
const minStem = 4;
/** Letters an inflected form may add to the stem: enough for -ого, -ому, -ами, -ями. */
const maxEnding = 3;

/**
 * How a Cyrillic word of a query meets its inflected forms in Russian and Ukrainian: its ending is
 * cut (when at least four letters stay) and any word of the stem plus up to three letters matches.
 * "мирный" → "мирн" + ≤3 letters matches "мирного", "мирним", "мирна"; "Путин" matches "Путина",
 * "Путиным". Not linguistics, but cheap and predictable: the admin quotes a word to match it exactly.
 */
export function inflectionPattern(word: string): WordPattern {
  for (const ending of endings) {
    if (word.endsWith(ending) && word.length - ending.length >= minStem) {
      return { text: word.slice(0, -ending.length), extra: maxEnding };
    }
  }
  return { text: word, extra: maxEnding };
}
