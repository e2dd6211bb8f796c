import type { Analysis, Range } from "../analyze-text.js";
import { wordSet } from "../word-lists.js";

/** Cues that ask. */
const ASKING = wordSet("ask wonder question");
/** Words that open an indirect question after "asked" or "wondered". */
const INDIRECT = wordSet("whether if why how what who whom when where which");
const QUOTE_MARKS = /^[“”"'‘’«»`]+$/u;

/**
 * Whether an attribution asks rather than claims: "asked whether Kyiv had seen the draft",
 * "wondered why", or a content whose every sentence is a question ("“Is there a plan or not?” a
 * reporter asked"). A request ("asked Kyiv to sign") is no question.
 */
export function isQuestion(analysis: Analysis, lemma: string, content: Range): boolean {
  const { lower, words } = analysis.tokens;
  let first = content.first;
  while (first < content.last && QUOTE_MARKS.test(words[first] ?? "")) first++;
  if (ASKING.has(lemma) && (INDIRECT.has(lower[first] ?? "") || lower[first - 1] === "about")) return true;
  let last = content.last - 1;
  while (last > first && (QUOTE_MARKS.test(words[last] ?? "") || words[last] === ",")) last--;
  if (words[last] !== "?") return false;
  // Every sentence of the content must end in "?": "Do we have issues? Of course we do." claims.
  for (let k = first; k < last; k++) if (words[k] === "." || words[k] === "!") return false;
  return true;
}
