import type { Analysis, Range } from "../analyze-text.js";
import { functionWords, nonNameWords } from "../word-lists.js";

/** Every word of the range is capitalised ("Ina Kirsch", "Bank of America"). */
export function allNames(analysis: Analysis, range: Range): boolean {
  const { lower, cap } = analysis.tokens;
  for (let k = range.first; k < range.last; k++) {
    const word = lower[k] ?? "";
    if (word === "and" || word === "of") continue;
    if (!cap[k] || nonNameWords.has(word)) return false;
  }
  return range.last > range.first;
}

/** A stretch between commas that describes a speaker ("59", "of Ternopil", "who runs X", "a pollster"). */
export function describes(analysis: Analysis, range: Range, maxWords = 20): boolean {
  const { lower, cap } = analysis.tokens;
  const opener = lower[range.first] ?? "";
  if (/^(?:who|which|whose)$/.test(opener) || /^\d+$/.test(opener)) return true;
  // "Name, 59, of Ternopil, said": a home town describes the speaker.
  if (opener === "of" && cap[range.first + 1]) return true;
  return range.last - range.first <= maxWords && !functionWords.has(opener);
}
