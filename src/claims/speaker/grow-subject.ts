import type { Analysis, Range } from "../analyze-text.js";
import { cueLexicon } from "../cue-lexicon.js";
import {
  auxiliaries,
  determiners,
  functionWords,
  nonNameWords,
  pronouns,
  sourceNouns,
  titleWords,
  wordSet,
} from "../word-lists.js";
import { WORDLIKE } from "./speaker-phrase.js";

/** Longest stretch added in front of a speaker phrase, in tokens. */
const MAX_GROWTH = 12;
/** Words that open a clause: a subject phrase may start right after them. */
const CLAUSE_OPENERS = wordSet(`
  that but and while when whenever because as if although though since so where whether yet then
  after before once until unless`);
const TIME_NOUNS = wordSet("week month year night morning afternoon evening weekend time");
const TIME_OPENERS = wordSet("last this next early late that each every");
/** Prepositions the closed function-word list leaves out ("despite admitting"). */
const PREPOSITIONS = wordSet(`
  despite amid amidst among toward towards upon via per versus unlike like near beyond across along around
  behind below beneath beside besides underneath throughout regarding concerning following including`);
/** Words joining parts of one noun phrase ("55 percent of voters", "delegates at the convention"). */
const LINKS = wordSet("of at in for from by with on and & or to around across throughout");

/**
 * Grow a speaker phrase leftwards to the start of its clause when only noun-phrase words stand
 * between: "Famed fight doctor [Ferdie Pacheco]", "55 percent of [all voters]", "Some delegates at
 * the convention in [Philadelphia]". Anything that reads as a verb, adverb or preposition opening
 * an adverbial ("In the interview Trump said") leaves the phrase as it was.
 */
export function growSubject(analysis: Analysis, range: Range, floor: number): Range {
  const { lower } = analysis.tokens;
  if (pronouns.has(lower[range.first] ?? "") && range.last - range.first === 1) return range;
  // A determiner opens its phrase: only a link word ("director of the centre") reaches past it.
  if (determiners.has(lower[range.first] ?? "") && !LINKS.has(lower[range.first - 1] ?? "")) return range;
  const grown = growOnce(analysis, range.first, floor);
  if (grown === null) return range;
  let first = grown;
  // "The director of the centre, [Ina Kirsch,] said": a title phrase in apposition before the name.
  if (lower[first - 1] === "," && first === range.first) {
    const title = growOnce(analysis, first - 1, floor);
    const head = lower[first - 2] ?? "";
    if (title !== null && title < first - 2 && (titleWords.has(head) || sourceNouns.has(head))) first = title;
  }
  return { first, last: range.last };
}

/** The first token of the clause-initial noun phrase ending just before `start`, or null. */
function growOnce(analysis: Analysis, start: number, floor: number): number | null {
  const { lower, words, cap } = analysis.tokens;
  let runStart = start;
  for (let j = start - 1; j >= floor - 1; j--) {
    if (j < floor) return runStart;
    const word = lower[j] ?? "";
    // "Sanders’ campaign": a bare possessive mark stays inside the phrase.
    if ((word === "'" || word === "’") && /s$/.test(lower[j - 1] ?? "") && start - j < MAX_GROWTH) continue;
    // "A CNN/ORC poll": a slash between two words joins them.
    if (word === "/" && analysis.tokens.ends[j - 1] === analysis.tokens.starts[j]) continue;
    if (!WORDLIKE.test(words[j] ?? "")) return runStart;
    // "at least four senators": a quantity's hedge belongs to it.
    if (word === "least" && lower[j - 1] === "at") {
      runStart = j - 1;
      j--;
      continue;
    }
    if (CLAUSE_OPENERS.has(word) && !(word === "and" && coordinates(analysis, j))) return runStart;
    if (start - j > MAX_GROWTH) return null;
    if (determiners.has(word)) {
      // A determiner opens its phrase: only a link word or the clause edge may precede it.
      const left = lower[j - 1] ?? "";
      if (
        j - 1 >= floor &&
        WORDLIKE.test(words[j - 1] ?? "") &&
        !LINKS.has(left) &&
        !CLAUSE_OPENERS.has(left) &&
        !determiners.has(left)
      )
        return null;
      runStart = j;
      continue;
    }
    if (LINKS.has(word)) {
      // "In an interview Trump said": a run opened by a preposition is an adverbial, not the subject.
      if (j === floor || !WORDLIKE.test(words[j - 1] ?? "") || CLAUSE_OPENERS.has(lower[j - 1] ?? ""))
        return null;
      continue;
    }
    // "Last week G7 ministers said": a time adverbial before the subject ends the phrase.
    if (TIME_NOUNS.has(word) && TIME_OPENERS.has(lower[j - 1] ?? "")) return runStart;
    if (cap[j]) {
      if (nonNameWords.has(word)) return null;
      runStart = j;
      continue;
    }
    if (!isNominal(analysis, j)) return null;
    runStart = j;
  }
  return runStart;
}

/** "current and former officials", "Clinton and the DNC": "and" inside one noun phrase. */
function coordinates(analysis: Analysis, j: number): boolean {
  const { lower, cap } = analysis.tokens;
  const left = lower[j - 1] ?? "";
  return cap[j - 1] === true || pronouns.has(left) || (isNominal(analysis, j - 1) && !cap[j + 1]);
}

function isNominal(analysis: Analysis, j: number): boolean {
  const word = analysis.tokens.lower[j] ?? "";
  if (word.endsWith("'s") || /^\d/.test(word) || titleWords.has(word) || sourceNouns.has(word)) return true;
  if (!/^[a-z][a-z-]*$/.test(word) || functionWords.has(word) || auxiliaries.has(word)) return false;
  if (cueLexicon.has(word) || word.endsWith("ly") || PREPOSITIONS.has(word)) return false;
  // "a redacted copy", "the embattled governor": a participle counts only right after a determiner,
  // or as a passive modifier with its agent ("a survey conducted by Gallup").
  // "ministers meeting in Niagara": an -ing participle with its place.
  const next = analysis.tokens.lower[j + 1] ?? "";
  if (/ing$/.test(word) && /^(?:in|at|from|on)$/.test(next)) return true;
  // "elected officials from both parties": an -ed adjective opening the clause.
  const opensClause = j === 0 || !/^[\p{L}\p{N}]/u.test(analysis.tokens.words[j - 1] ?? "");
  if (/ed$/.test(word) && opensClause && (sourceNouns.has(next) || titleWords.has(next))) return true;
  if (/(?:ed|ing)$/.test(word)) return determiners.has(analysis.tokens.lower[j - 1] ?? "") || next === "by";
  return true;
}

/**
 * "Social conservatives say …": a plain noun right before a speech verb heads a clause-initial
 * subject when only noun-phrase words stand between it and the clause start; null otherwise.
 */
export function bareSubject(analysis: Analysis, head: number, floor: number): Range | null {
  const word = analysis.tokens.lower[head] ?? "";
  if (!isNominal(analysis, head) || /(?:ed|ing|'s)$/.test(word) || /^\d/.test(word)) return null;
  const first = growOnce(analysis, head + 1, floor);
  return first === null ? null : { first, last: head + 1 };
}
