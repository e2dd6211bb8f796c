import { foldTransliteration } from "../../stories/fold-transliteration.js";

/** Russian romanisation, the base for both alphabets. */
const russian: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "e",
  ж: "zh",
  з: "z",
  и: "i",
  й: "i",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
  є: "ie",
  і: "i",
  ї: "i",
  ґ: "g",
};
/** Where Ukrainian romanises differently (Володимир → volodymyr, Гліб → hlib). */
const ukrainian: Record<string, string> = { ...russian, и: "y", г: "h" };
// Letters only Ukrainian has: a word with one of them is read as Ukrainian.
const ukrainianOnly = /[єіїґ]/u;
const cyrillic = /[\u0400-\u04ff]/u;

/**
 * A name folded for lookup: lower case, Cyrillic romanised (Песков → peskov, Зеленський →
 * zelensky), diacritics and apostrophes dropped, punctuation made space, a leading "the" dropped,
 * and each word's transliteration variant folded (Zelenskyy/Zelenskiy → zelensky, Dmitri →
 * dmitry) exactly as speaker keys are, so typed names and stored keys meet.
 */
export function foldName(text: string): string {
  const words = text
    .normalize("NFC")
    .toLowerCase()
    .split(/\s+/u)
    .map((word) => (cyrillic.test(word) ? romanise(word) : word))
    .join(" ")
    // Decomposed only after romanising: NFD would turn й into и plus a mark.
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/gu, "")
    .replace(/['’‘`ʼ]/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter((word) => word !== "");
  if (words[0] === "the" && words.length > 1) words.shift();
  return words.map(foldTransliteration).join(" ");
}

function romanise(word: string): string {
  const table = ukrainianOnly.test(word) ? ukrainian : russian;
  let out = "";
  for (const letter of word) out += table[letter] ?? letter;
  return out;
}
