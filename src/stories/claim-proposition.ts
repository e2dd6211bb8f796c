import { foldText } from "../topics/fold-text.js";
import {
  clauseWords,
  commonVerbs,
  conceptStems,
  containerNouns,
  existenceFraming,
  framingWords,
  genericWords,
  indefiniteWords,
  negators,
  nominalWords,
  prepositions,
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

interface Word {
  /** As written. */
  text: string;
  /** Lower case, accents folded. */
  folded: string;
  /** Offset in the clause. */
  index: number;
}

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const clauseBreak = /[,.;:!?()"“”«»]/;
const maxPhraseWords = 4;

/**
 * Reduces a claim's content text to its proposition; `denial` asks for the denied object too.
 * Stems are mapped to their concept ("territorial" → "territory", see `conceptStems`).
 */
export function claimProposition(content: string, denial: boolean): ClaimProposition {
  const terms = new Set<string>();
  const specific = new Set<string>();
  let denied: DeniedObject | null = null;
  let clauseIndex = 0;
  for (const clauseText of content.split(clauseBreak)) {
    const clause = [...clauseText.matchAll(wordPattern)].map(
      (match): Word => ({ text: match[0], folded: fold(match[0]), index: match.index }),
    );
    clause.forEach((word, index) => {
      if (!isContentWord(word.folded)) return;
      const stem = stemOf(word.folded);
      terms.add(stem);
      const before = clause.slice(Math.max(0, index - 2), index);
      if (!before.some((previous) => genericWords.has(previous.folded) || isNegator(previous.folded)))
        specific.add(stem);
    });
    // Only the first clause may name the thing when there is no negator at all (see `deniedObject`).
    if (denial && denied === null && (clauseIndex === 0 || clause.some((word) => isNegator(word.folded))))
      denied = deniedObject(clause, clauseText);
    clauseIndex += 1;
  }
  return { terms, specific, denied };
}

/** The stem of a folded word, mapped to its concept. */
export function stemOf(folded: string): string {
  const stem = stemWord(folded);
  return conceptStems.get(stem) ?? stem;
}

// Why the ASCII fast path: NFKD folding of every word was most of the cost per claim.
function fold(word: string): string {
  const lower = word.toLowerCase();
  return /^[a-z0-9'’]*$/u.test(lower) ? lower : foldText(lower);
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

/**
 * The noun phrase a denial negates. After "no"/"any" it follows at once ("no such plan"). After
 * "not"/"never" come auxiliaries, framing words ("aware of", "received"), verb forms and one bare
 * verb ("not make", "not cede"), skipped until a determiner or a noun-like word; a preposition
 * first ("not for public discussion") or a new clause ("because …") means no thing is denied. A
 * denial without any negator ("rejected giving up territory") is read the same way from its
 * start. The phrase ends at the next function word or verb form, or after four words; its last word
 * is the head. A container ("the points of any new plan", "the plan's points") yields what it
 * contains; an indefinite pronoun ("anything") or a bare container yields nothing.
 */
function deniedObject(clause: Word[], clauseText: string): DeniedObject | null {
  const trigger = clause.findIndex((word) => isNegator(word.folded));
  const opening = clause[trigger]?.folded ?? "";
  const from = trigger < 0 ? 0 : trigger + 1;
  const nominal = trigger >= 0 && nominalWords.has(opening);
  // Without a negator, only a clause that opens as a noun phrase or gerund names the thing
  // ("giving up territory", "the idea of ceding territory"); "Moscow and Washington were …" does not.
  if (trigger < 0 && !/^(?:the|a|an|any|such|\p{L}+ing)$/u.test(clause[0]?.folded ?? "")) return null;
  return objectFrom(clause, clauseText, from, { verbal: !nominal, existence: opening === "no" }, 0);
}

function objectFrom(
  clause: Word[],
  clauseText: string,
  from: number,
  mode: { verbal: boolean; existence: boolean },
  depth: number,
): DeniedObject | null {
  let { verbal, existence } = mode;
  let framed = false;
  let bareVerbSkipped = false;
  let start = from;
  for (; start < clause.length; start += 1) {
    const word = clause[start]?.folded ?? "";
    // "that" is a determiner after "no", but opens a clause after a verb ("not aware that …").
    if (clauseWords.has(word) && (verbal || !nominalWords.has(word))) return null;
    if (existenceFraming.has(word)) existence = true;
    if (framingWords.has(word)) framed = true;
    if (nominalWords.has(word) || negators.has(word)) {
      verbal = false;
      continue;
    }
    if (verbal && prepositions.has(word) && !framed) return null;
    if (!isContentWord(word)) continue;
    if (verbal && isVerbForm(word)) continue;
    if (verbal && !bareVerbSkipped) {
      bareVerbSkipped = true;
      continue;
    }
    break;
  }
  let end = start;
  while (end < clause.length && end - start < maxPhraseWords) {
    const word = clause[end]?.folded ?? "";
    if (!isContentWord(word) || indefiniteWords.has(word) || (end > start && isVerbForm(word))) break;
    end += 1;
  }
  if (end === start) return null;
  const words = clause.slice(start, end);
  const last = words[words.length - 1] as Word;
  if (indefiniteWords.has(last.folded)) return null;
  if (containerNouns.has(last.folded)) {
    // "the points of any new plan": what follows "of"; "the plan's points": the possessor.
    if (clause[end]?.folded === "of" && depth < 2)
      return objectFrom(clause, clauseText, end + 1, { verbal: false, existence }, depth + 1);
    const possessor = words.findIndex((word) => /['’]s$/u.test(word.folded));
    if (possessor < 0) return null;
    return toObject(words.slice(0, possessor + 1), clauseText, existence);
  }
  return toObject(words, clauseText, existence);
}

function toObject(words: Word[], clauseText: string, existence: boolean): DeniedObject | null {
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined) return null;
  const stems = words.map((word) => stemOf(word.folded));
  // The phrase as written, hyphens and all ("28-point plan"), from the clause it came from.
  const phrase = clauseText.slice(first.index, last.index + last.text.length).replace(/['’]s$/u, "");
  return {
    head: stems[stems.length - 1] ?? "",
    modifiers: stems.slice(0, -1),
    phrase,
    parts: words.map((word) => word.text.replace(/['’]s$/u, "")),
    existence,
  };
}
