import type { Analysis, Range } from "../analyze-text.js";
import { cueLexicon } from "../cue-lexicon.js";

const MAX_SUBJECT = 4;
const MIN_CONJUNCT = 3;

/**
 * "City authorities declared days of mourning, and residents queued to give blood, the health
 * department said": when pre-posed content opens with another source's own speech act, that
 * conjunct has its own source (here as narration), so the trailing attribution covers only the
 * clause after ", and". Returns the narrowed range, or the range unchanged.
 */
export function reportedConjunct(analysis: Analysis, range: Range): Range {
  const { lower, words, cap } = analysis.tokens;
  let cue = -1;
  for (let i = range.first + 1; i <= range.first + MAX_SUBJECT && i < range.last; i++) {
    const word = lower[i] ?? "";
    if (!/^\p{L}/u.test(words[i] ?? "")) return range;
    const entry = cueLexicon.get(word);
    if (entry && !entry.participle && !cap[i]) {
      cue = i;
      break;
    }
  }
  if (cue < 0 || (analysis.quoteOf[cue] ?? -1) >= 0) return range;
  for (let k = cue + 2; k < range.last - MIN_CONJUNCT; k++) {
    const word = lower[k] ?? "";
    if ((analysis.quoteOf[k] ?? -1) >= 0 || word === "that") return range;
    if (word === "," && lower[k + 1] === "and" && /^\p{L}/u.test(words[k + 2] ?? "")) {
      return { first: k + 2, last: range.last };
    }
  }
  return range;
}
