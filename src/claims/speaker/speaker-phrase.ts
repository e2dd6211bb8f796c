import type { Analysis, Range } from "../analyze-text.js";
import {
  determiners,
  functionWords,
  nonNameWords,
  pronouns,
  sourceNouns,
  titleWords,
  wordSet,
} from "../word-lists.js";

/** Longest speaker phrase, in tokens. */
export const MAX_PHRASE = 12;
/** A token that starts with a letter or digit. */
export const WORDLIKE = /^[\p{L}\p{N}]/u;
/** Plural agent nouns ("voters", "economists") that can head a speaker phrase. */
export const PLURAL_AGENT = /^[a-z]{2,}(?:ers|ists|ians|ants|ents|ors)$/;
/** Prepositions that may join a title or name to what follows ("Secretary of State"). */
export const LINKS = wordSet("of for in at to from on");
const QUANTITY_OF = wordSet(`
  one two three four five six seven eight nine ten some many most all each several majority minority number
  group chorus handful couple dozens hundreds thousands millions members member none half both few bunch
  coalition percent`);
const QUANTIFIER_PRONOUNS = wordSet("all some many most both several few others none");
const NUMBER = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/;
const MONTH_NAMES = wordSet("may june april august");
const NAME_PARTICLES = wordSet("de van von der den bin al la le da di du del dos");

/** Is token i a plausible head of a speaker phrase? */
export function isSpeakerHead(analysis: Analysis, i: number): boolean {
  const { lower, cap, words } = analysis.tokens;
  const word = lower[i] ?? "";
  if (pronouns.has(word)) return true;
  if (!WORDLIKE.test(words[i] ?? "")) return false;
  // "six in 10 say": a number heads a poll finding only in that shape.
  if (/^\d/.test(word))
    return (
      analysis.tokens.lower[i - 1] === "in" &&
      /^(?:\d+|one|two|three|four|five|six|seven|eight|nine)$/.test(analysis.tokens.lower[i - 2] ?? "")
    );
  // "all agreed", "some say": a quantifier standing alone is the speaker.
  if (QUANTIFIER_PRONOUNS.has(word)) return true;
  if (determiners.has(word)) return false;
  // "Theresa May": a month name right after a first name is a surname.
  if (cap[i] && MONTH_NAMES.has(word)) return cap[i - 1] === true && !nonNameWords.has(lower[i - 1] ?? "");
  if (cap[i]) return !nonNameWords.has(word);
  return sourceNouns.has(word) || PLURAL_AGENT.test(word);
}

/** Can token j (left of a phrase starting at j+1) extend a speaker phrase leftwards? */
function extendsLeft(analysis: Analysis, j: number, floor: number): "include" | "last" | "stop" {
  const { lower, cap, words } = analysis.tokens;
  const word = lower[j] ?? "";
  if (determiners.has(word)) return word === "that" ? "stop" : "last";
  if (!WORDLIKE.test(words[j] ?? "")) return "stop";
  if (cap[j]) return nonNameWords.has(word) ? "stop" : "include";
  if (word.endsWith("'s") || titleWords.has(word) || sourceNouns.has(word)) return "include";
  if (NAME_PARTICLES.has(word) && cap[j - 1] && cap[j + 1]) return "include";
  // "six in 10 Ukrainians": a share of respondents.
  if (word === "in" && /^\d+$/.test(lower[j + 1] ?? "") && NUMBER.test(lower[j - 1] ?? "")) return "include";
  if (LINKS.has(word) && j - 1 >= floor) {
    const left = lower[j - 1] ?? "";
    const right = lower[j + 1] ?? "";
    // "Secretary of State", "chief of staff", "spokesman for the ministry".
    const rightCap =
      (cap[j + 1] === true && !/^\d/.test(right)) ||
      determiners.has(right) ||
      titleWords.has(right) ||
      sourceNouns.has(right);
    if (rightCap && (titleWords.has(left) || sourceNouns.has(left) || cap[j - 1])) return "include";
  }
  if (word === "and" && cap[j - 1] && cap[j + 1]) return "include";
  if (word === "of" && j - 1 >= floor) {
    const left = lower[j - 1] ?? "";
    // "one of Mr. Obama's advisers", "a group of doctors", "the city of Phoenix".
    if (
      QUANTITY_OF.has(left) ||
      /^\d+$/.test(left) ||
      (cap[j + 1] && determiners.has(lower[j - 2] ?? "") && /^[a-z]+$/.test(left))
    )
      return "include";
  }
  if (
    (word === "and" || word === "or") &&
    /^[a-z]+$/.test(lower[j - 1] ?? "") &&
    !functionWords.has(lower[j - 1] ?? "")
  ) {
    return "include";
  }
  return "stop";
}

/**
 * Starting at a lower-case word j that is not otherwise part of a phrase, the index of the word
 * that opens a run of at most three plain modifiers (a determiner, possessive, title, number or
 * a capitalised word), or -1 when the run is not a noun-phrase prefix.
 */
function modifierRun(analysis: Analysis, j: number, floor: number): number {
  const { lower, words, cap } = analysis.tokens;
  for (let k = j; k >= floor && j - k < 4; k--) {
    const word = lower[k] ?? "";
    if (!WORDLIKE.test(words[k] ?? ""))
      return k === j ? -1 : k + 1 <= j && isPlainModifier(word) ? k + 1 : -1;
    if (
      determiners.has(word) ||
      word.endsWith("'s") ||
      titleWords.has(word) ||
      (cap[k] && !nonNameWords.has(word))
    ) {
      return k === j ? -1 : k;
    }
    if (!isPlainModifier(word) || cap[k]) return -1;
  }
  return -1;
}

function isPlainModifier(word: string): boolean {
  return !functionWords.has(word) && !/(?:ly|ed|ing)$/.test(word) && /^[a-z][a-z-]*$/.test(word);
}

/** Grow a phrase leftwards from its head; a determiner is included and ends it. */
export function phraseEndingAt(analysis: Analysis, head: number, floor: number): Range {
  let first = head;
  if (pronouns.has(analysis.tokens.lower[head] ?? "")) return { first, last: head + 1 };
  for (let j = head - 1; j >= floor && head - j < MAX_PHRASE; j--) {
    // "Gov. John Kasich (R-Ohio)": a short parenthesis stays inside the phrase.
    if (analysis.tokens.lower[j] === ")") {
      let open = j - 1;
      while (open > floor && j - open < 8 && analysis.tokens.lower[open] !== "(") open--;
      if (analysis.tokens.lower[open] !== "(" || open - 1 < floor) break;
      j = open;
      continue;
    }
    const verdict = extendsLeft(analysis, j, floor);
    if (verdict === "stop") {
      // "Republican primary voters", "Google's chief human resources executive": a few
      // lower-case modifiers are part of a common-noun phrase (never of a bare name).
      if (analysis.tokens.cap[first]) break;
      const opener = modifierRun(analysis, j, floor);
      if (opener < 0) break;
      first = opener;
      j = opener;
      if (determiners.has(analysis.tokens.lower[opener] ?? "")) break;
      continue;
    }
    first = j;
    if (verdict === "last") break;
  }
  // A phrase never starts with a dangling link word ("of", "and").
  while (first < head && /^(?:of|for|in|at|to|and)$/.test(analysis.tokens.lower[first] ?? "")) first++;
  return { first, last: head + 1 };
}
