import type { Analysis, Range } from "../analyze-text.js";
import { cueLexicon } from "../cue-lexicon.js";

const MAX_APPOSITIVE = 8;

/**
 * "called for a ceasefire, a position several governments say should stay": an appositive that
 * carries a report of its own ("X say") is another source's view, so the content ends before it.
 */
export function sourcedAppositive(analysis: Analysis, content: Range): Range {
  const { lower } = analysis.tokens;
  for (let k = content.first + 1; k < content.last - 3; k++) {
    if (lower[k] !== "," || (analysis.quoteOf[k] ?? -1) >= 0) continue;
    const article = lower[k + 1];
    if (article !== "a" && article !== "an") continue;
    for (let m = k + 3; m < content.last && m - k <= MAX_APPOSITIVE; m++) {
      const word = lower[m] ?? "";
      if (word === "," || word === "that" || (analysis.quoteOf[m] ?? -1) >= 0) break;
      const entry = cueLexicon.get(word);
      if (entry?.lemma === "say" && !entry.participle && m - k >= 4) return { first: content.first, last: k };
    }
  }
  return content;
}
