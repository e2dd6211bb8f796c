import type { Analysis, Range } from "../analyze-text.js";
import { wordSet } from "../word-lists.js";
import { trimContent } from "./find-content.js";

const RELATIVES = wordSet("which who whom what that");

/**
 * "the changes, which officials said will start in May": a cue inside a relative clause whose
 * content has lost its subject to the relative word. Returns the verb phrase the speaker vouches
 * for ("will start in May"), ending where a clause set off by a comma ends; null when the words
 * before the speaker open no relative clause.
 */
export function relativeGapContent(analysis: Analysis, speaker: Range, content: Range): Range | null {
  const { lower } = analysis.tokens;
  // Why: only an explicit relative word; "a position several governments say should stay" is an
  // appositive a briefing would show as a fragment (test/unit/claims/briefing-quality.test.ts).
  if (!RELATIVES.has(lower[speaker.first - 1] ?? "")) return null;
  // Why: only a clause opened after a comma is closed by the next comma; "what she said is …" runs on.
  if (lower[speaker.first - 2] !== ",") return content;
  for (let k = content.first; k < content.last; k++)
    if (lower[k] === "," && (analysis.quoteOf[k] ?? -1) < 0)
      return trimContent(analysis, { first: content.first, last: k });
  return content;
}
