/**
 * A crude English stem, enough to make "drafted"/"draft", "plans"/"plan", "concessions"/
 * "concession" and "received"/"receive" meet. Not linguistics: only equality of stems matters.
 * Written with string tests rather than regular expressions: it runs for every word of every claim.
 */
export function stemWord(word: string): string {
  let stem = word.endsWith("'s") || word.endsWith("’s") ? word.slice(0, -2) : word;
  if (stem.length > 4 && stem.endsWith("ies")) stem = `${stem.slice(0, -3)}y`;
  else if (
    stem.length > 3 &&
    stem.endsWith("s") &&
    !stem.endsWith("ss") &&
    !stem.endsWith("us") &&
    !stem.endsWith("is")
  )
    stem = stem.slice(0, -1);
  if (stem.length > 5 && stem.endsWith("ing")) stem = stem.slice(0, -3);
  else if (stem.length > 4 && stem.endsWith("ed")) stem = stem.slice(0, -2);
  // "planned" → "plann" → "plan"; "receiv(e)" → "receiv" whichever form it came from.
  const last = stem.charAt(stem.length - 1);
  if (
    stem.length > 3 &&
    last === stem.charAt(stem.length - 2) &&
    !vowels.has(last) &&
    last !== "s" &&
    last !== "l"
  )
    stem = stem.slice(0, -1);
  if (stem.length > 4 && stem.endsWith("e")) stem = stem.slice(0, -1);
  return stem;
}

const vowels = new Set(["a", "e", "i", "o", "u"]);
