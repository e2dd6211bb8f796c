import { type Analysis, opensQuote } from "../analyze-text.js";
import { cueLexicon } from "../cue-lexicon.js";
import { determiners, functionWords, sourceNouns, titleWords, wordSet } from "../word-lists.js";

/** Longest description taken after an inverted speaker, in tokens. */
const MAX_DESCRIPTION = 45;
const RELATIVES = wordSet("who whose");
/** Words after a comma that end the description: a new clause or a participle aside ("…, adding"). */
const CLAUSE_AFTER_COMMA = wordSet("and but or according that as while when because although though so");
/** Speech verbs that open a nested attribution inside the description ("…, who said …"). */
const NESTED_CUES = wordSet("say says said tell tells told add adds added");

/**
 * The end of an inverted speaker with its descriptions: "…, said Ben Adler, a pollster at Gallup
 * who ran the survey." The description runs to the end of the clause; a following participle
 * aside (", citing …"), a quotation or a nested attribution ("…, who said …") ends it.
 * Returns `last` unchanged when nothing descriptive follows.
 */
export function describeSpeaker(analysis: Analysis, last: number, limit: number): number {
  const { lower } = analysis.tokens;
  let k = last;
  // "Sen. Chris Murphy (D-Conn.)": a short parenthesis belongs to the name.
  if (lower[k] === "(") {
    let close = k + 1;
    while (close < limit && close - k < 8 && lower[close] !== ")") close++;
    if (lower[close] !== ")") return last;
    k = close + 1;
  }
  if (!opensDescription(analysis, k)) return k;
  let end = k;
  let lastComma = -1;
  for (let i = k; i < limit && i - k < MAX_DESCRIPTION; i++) {
    const word = lower[i] ?? "";
    if (/^[.!?;:—–"“”«»]$/.test(word) || opensQuote(analysis, i)) break;
    if (word === ",") {
      const next = lower[i + 1] ?? "";
      if (i > k && (CLAUSE_AFTER_COMMA.has(next) || isParticiple(next) || opensQuote(analysis, i + 1))) break;
      lastComma = i;
      continue;
    }
    const nested = NESTED_CUES.has(word) || (RELATIVES.has(lower[i - 1] ?? "") && cueLexicon.has(word));
    if (i > k && nested && cueLexicon.has(word)) {
      // "…, who said he …": the nested attribution starts at its relative pronoun or comma.
      end = RELATIVES.has(lower[i - 1] ?? "") && lower[i - 2] === "," ? i - 2 : Math.max(k, lastComma);
      return end > k ? end : last;
    }
    end = i + 1;
  }
  return end > k ? end : last;
}

function opensDescription(analysis: Analysis, k: number): boolean {
  const { lower, cap } = analysis.tokens;
  const word = lower[k] ?? "";
  const next = lower[k + 1] ?? "";
  if (RELATIVES.has(word)) return true;
  // "Phil Ames of the Brookings Institution".
  if (word === "of") return cap[k + 1] === true || determiners.has(next);
  if (word !== ",") return false;
  if (RELATIVES.has(next) || /^(?:a|an|the|\d+)$/.test(next)) return true;
  // "…, publisher of The Federalist", "…, Republican of Ohio", "…, Trump's pollster".
  if (titleWords.has(next) || sourceNouns.has(next) || next.endsWith("'s")) return true;
  // "…, managing director of …": a participle that modifies a title still describes.
  if (isParticiple(next)) return titleWords.has(lower[k + 2] ?? "");
  if (cap[k + 1] === true) return !CLAUSE_AFTER_COMMA.has(next);
  // "…, pastor of a church in Ames": a bare noun opening a description after a name.
  return (
    cap[k - 1] === true && /^[a-z][a-z-]+$/.test(next) && !functionWords.has(next) && !next.endsWith("ly")
  );
}

function isParticiple(word: string): boolean {
  return word.length > 4 && word.endsWith("ing") && word !== "including";
}
