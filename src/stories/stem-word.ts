/**
 * A crude English stem, enough to make "drafted"/"draft", "plans"/"plan", "concessions"/
 * "concession" and "received"/"receive" meet. Not linguistics: only equality of stems matters.
 */
export function stemWord(word: string): string {
  let stem = word.replace(/['’]s$/, "");
  if (stem.length > 4 && stem.endsWith("ies")) stem = `${stem.slice(0, -3)}y`;
  else if (stem.length > 3 && stem.endsWith("s") && !/(ss|us|is)$/.test(stem)) stem = stem.slice(0, -1);
  if (stem.length > 5 && stem.endsWith("ing")) stem = stem.slice(0, -3);
  else if (stem.length > 4 && stem.endsWith("ed")) stem = stem.slice(0, -2);
  // "planned" → "plann" → "plan"; "receiv(e)" → "receiv" whichever form it came from.
  if (stem.length > 3 && /([^aeiou])\1$/.test(stem) && !/(ss|ll)$/.test(stem)) stem = stem.slice(0, -1);
  if (stem.length > 4 && stem.endsWith("e")) stem = stem.slice(0, -1);
  return stem;
}
