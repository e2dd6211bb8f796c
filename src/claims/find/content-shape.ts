import { type Analysis, closesQuote, opensQuote, type Range } from "../analyze-text.js";
import { determiners, functionWords } from "../word-lists.js";
import { trimContent } from "./find-content.js";

/** The comma closing "As X said [on Tuesday]," within a few words, or -1. */
export function commaAfter(lower: string[], from: number): number {
  for (let k = from; k < from + 6; k++) {
    const word = lower[k] ?? "";
    if (word === ",") return k;
    if (!/^[\p{L}\p{N}]/u.test(word)) return -1;
  }
  return -1;
}

/** "sees the plan as a trap": an "as" within the first words of the content. */
export function hasAs(lower: string[], content: Range): boolean {
  for (let k = content.first + 1; k < content.last && k - content.first <= 10; k++) {
    const word = lower[k] ?? "";
    if (word === "as") return true;
    if (word === "," || word === ";") return false;
  }
  return false;
}

/** "expects Russia to launch …": a short object, then the infinitive. */
export function objectThenTo(analysis: Analysis, content: Range): boolean {
  const { lower, cap } = analysis.tokens;
  if (!cap[content.first] && !/^(?:him|her|them|it|us)$/.test(lower[content.first] ?? "")) return false;
  for (let k = content.first + 1; k < content.last && k - content.first <= 4; k++)
    if (lower[k] === "to") return true;
  return false;
}

/**
 * "“…,” she told a cheering crowd, then …": a quotation closing right before the speaker is the
 * content whatever follows the cue, unless the cue opens a quotation or a that-clause of its own.
 */
export function quoteLeads(
  analysis: Analysis,
  before: Range | null,
  first: number,
  afterCue: number,
): boolean {
  // A quotation that closed the previous sentence leaves "Clinton said the …" its own content.
  if (!before || !opensQuote(analysis, before.first)) return false;
  // A quotation of several sentences ("“Did you see him? He is gone,” she yells") still leads when
  // it closes in this sentence; one closed before it does not.
  if (before.first < first && (analysis.quotes[analysis.quoteOf[before.first] ?? -1]?.close ?? 0) < first)
    return false;
  // Only a quotation that is the whole stretch before the speaker leads ("“…,” she told …").
  if (analysis.quotes[analysis.quoteOf[before.first] ?? -1]?.close !== before.last - 1) return false;
  const { lower } = analysis.tokens;
  for (let k = afterCue; k < afterCue + 8; k++) {
    const word = lower[k] ?? "";
    if (word === "that" || word === ":" || opensQuote(analysis, k)) return false;
    if (word === "," || /^[.!?;]$/.test(word)) return true;
  }
  return true;
}

/**
 * "Trump, who suggested the war could end soon, spoke on Tuesday": a non-restrictive relative
 * clause ends at the comma before the main clause's verb.
 */
export function closeRelative(analysis: Analysis, speaker: Range, content: Range): Range {
  const { lower, words } = analysis.tokens;
  if (!/^(?:who|which)$/.test(lower[speaker.first] ?? "") || lower[speaker.first - 1] !== ",") return content;
  for (let k = content.last - 1; k > content.first; k--) {
    // "…, who has called it ''toxic,'' portrayed …": the comma may sit inside a closing quote.
    const closing = closesQuote(analysis, k) && lower[k - 1] === ",";
    if (lower[k] !== "," && !closing) continue;
    const next = lower[k + 1] ?? "";
    if (/^[a-z]+$/.test(words[k + 1] ?? "") && !functionWords.has(next) && !determiners.has(next))
      return trimContent(analysis, { first: content.first, last: closing ? k + 1 : k });
    return content;
  }
  return content;
}

/** "he would, when asked whether …": the question put to the speaker is no part of the answer. */
export function beforeAskedAside(analysis: Analysis, content: Range): Range {
  const { lower } = analysis.tokens;
  for (let k = content.first + 2; k < content.last - 1; k++) {
    if (lower[k] !== "," || (analysis.quoteOf[k] ?? -1) >= 0) continue;
    const next = lower[k + 1] === "when" ? lower[k + 2] : lower[k + 1];
    if (next === "asked") return { first: content.first, last: k };
  }
  return content;
}

/** Cues whose content is an object noun phrase ("condemned the launch", "endorsed his campaign"). */
const OBJECT_CUES = new Set(
  `condemn endorse praise criticize thank blame defend accuse attack slam blast hail laud applaud
  denounce decry reject dismiss refute dispute rebut deny rule back support oppose welcome tout
  lament highlight question challenge mock`.split(/\s+/),
);
const CLAUSE_OPENERS = new Set(["as", "while", "when", "after", "before", "because", "since", "although"]);

/**
 * "condemned North Korea's launch as Pyongyang fired three missiles", "endorsed his campaign, the
 * latest chapter in …", "ruled against Ohio, dealing a blow to …": an object noun phrase ends at a
 * clause of its own, an appositive or a participle aside. That-clauses and quotes are left whole.
 */
export function objectPhrase(analysis: Analysis, lemma: string, content: Range): Range {
  const { lower, cap } = analysis.tokens;
  if (!OBJECT_CUES.has(lemma) || lower[content.first] === "that" || opensQuote(analysis, content.first))
    return content;
  for (let k = content.first + 2; k < content.last - 1; k++) {
    if ((analysis.quoteOf[k] ?? -1) >= 0) continue;
    const word = lower[k] ?? "";
    const next = lower[k + 1] ?? "";
    const clause =
      CLAUSE_OPENERS.has(word) &&
      (cap[k + 1] === true || /^(?:he|she|they|it|we|the|his|her|its|their)$/.test(next));
    const aside =
      word === "," && (/^(?:a|an|the)$/.test(next) || (/ing$/.test(next) && next !== "including"));
    if (clause || aside) return trimContent(analysis, { first: content.first, last: k });
  }
  return content;
}
