import { foldText } from "../topics/fold-text.js";
import {
  commonVerbs,
  existenceFraming,
  framingWords,
  genericWords,
  negators,
  stopWords,
} from "./proposition-words.js";
import { stemWord } from "./stem-word.js";

/** What a denial denies: the noun phrase after its negator ("no such plan" → "plan"). */
export interface DeniedObject {
  /** Stem of the phrase's last word, the thing itself ("plan", "concession"). */
  head: string;
  /** Stems of the words before it ("draft" in "any draft plan"). */
  modifiers: string[];
  /** The phrase as written, without determiners ("draft plan"). */
  phrase: string;
  /** Its words as written, one per stem (modifiers then head). */
  parts: string[];
  /** True when framed as existence or knowledge ("not aware of", "not received", "no such"). */
  existence: boolean;
}

/** The content of a claim reduced to what it is about. */
export interface ClaimProposition {
  /** Stems of the content words (stop words, negators and framing words removed). */
  terms: Set<string>;
  /** Stems of content words that are not mentioned generically ("all possible plans" is generic). */
  specific: Set<string>;
  /** For denials: the denied noun phrase, null when none can be found. */
  denied: DeniedObject | null;
}

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const clauseBreak = /[,.;:!?()"“”«»]/;
const maxPhraseWords = 4;

/** Reduces a claim's content text to its proposition; `denial` asks for the denied object too. */
export function claimProposition(content: string, denial: boolean): ClaimProposition {
  const clauses = content.split(clauseBreak).map((clause) => [...clause.matchAll(wordPattern)]);
  const terms = new Set<string>();
  const specific = new Set<string>();
  let denied: DeniedObject | null = null;
  for (const clause of clauses) {
    const folded = clause.map((match) => foldText(match[0]));
    folded.forEach((word, index) => {
      if (!isContentWord(word)) return;
      const stem = stemWord(word);
      terms.add(stem);
      const before = folded.slice(Math.max(0, index - 2), index);
      if (!before.some((previous) => genericWords.has(previous) || isNegator(previous))) specific.add(stem);
    });
    if (denial && denied === null) denied = deniedObject(clause, folded);
  }
  return { terms, specific, denied };
}

function isNegator(word: string): boolean {
  return negators.has(word) || /n['’]t$/.test(word);
}

function isContentWord(word: string): boolean {
  return !stopWords.has(word) && !isNegator(word) && !framingWords.has(word) && !commonVerbs.has(word);
}

// Verb forms between a verbal negator and its object ("has not received any draft plan").
function isVerbForm(word: string): boolean {
  return word.length > 4 && /(ed|ing)$/.test(word);
}

const nominalWords = new Set([
  "no",
  "any",
  "none",
  "such",
  "a",
  "an",
  "the",
  "this",
  "that",
  "these",
  "those",
]);

/**
 * The noun phrase a denial negates. After "no"/"any" it follows at once ("no such plan"); after
 * "not"/"never" framing words and verb forms come first ("not aware of such a plan", "has not
 * received any draft plan") and are skipped until a determiner or a noun-like word. The phrase ends
 * at the next function word, verb form or after four words; its last word is the head.
 */
function deniedObject(original: RegExpExecArray[], folded: string[]): DeniedObject | null {
  const trigger = folded.findIndex(isNegator);
  if (trigger < 0) return null;
  let existence = folded[trigger] === "no";
  let verbal = !nominalWords.has(folded[trigger] ?? "");
  let start = trigger + 1;
  for (; start < folded.length; start += 1) {
    const word = folded[start] ?? "";
    if (existenceFraming.has(word)) existence = true;
    if (nominalWords.has(word)) verbal = false;
    if (isContentWord(word) && !(verbal && isVerbForm(word))) break;
  }
  let end = start;
  while (end < folded.length && end - start < maxPhraseWords) {
    const word = folded[end] ?? "";
    if (!isContentWord(word) || (end > start && isVerbForm(word))) break;
    end += 1;
  }
  if (end === start) return null;
  const stems = folded.slice(start, end).map(stemWord);
  const head = stems[stems.length - 1] ?? "";
  const first = original[start];
  const last = original[end - 1];
  // The phrase as written, hyphens and all ("28-point plan"), from the clause it came from.
  const phrase = first && last ? first.input.slice(first.index, last.index + last[0].length) : "";
  const parts = original.slice(start, end).map((match) => match[0]);
  return { head, modifiers: stems.slice(0, -1), phrase, parts, existence };
}
