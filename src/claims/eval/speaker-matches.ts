import type { Speaker } from "../claim.js";
import { sourceNouns, titleWords } from "../word-lists.js";

const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const PARTICLES = new Set([
  "and",
  "de",
  "van",
  "von",
  "der",
  "al",
  "la",
  "le",
  "da",
  "di",
  "du",
  "del",
  "bin",
]);

/**
 * Whether an extracted speaker is the one a label names. `label` is the text of the labelled
 * mention ("Dmitry Peskov", "Ann Lee, a pollster at Gallup", "the aides"), or null when nobody
 * can be named. The key is the surname of the first part of the mention that is a name, else the
 * head noun of its first part ("A spokesman for Mayor Jackson" → "spokesman"); it must appear as
 * a word in the speaker's resolved name (its text when it has no name). A label of nobody is
 * matched by no speaker or one left unresolved.
 */
export function speakerMatches(speaker: Speaker | null, label: string | null): boolean {
  if (label === null) return speaker === null || speaker.kind === "unresolved" || speaker.name === null;
  if (speaker === null || speaker.kind === "unresolved") return false;
  const key = keyOf(label);
  if (key === null) return false;
  return wordsOf(speaker.name ?? speaker.text).includes(key);
}

/** The word a right speaker must carry; exported for tests. */
export function keyOf(label: string): string | null {
  const parts = (label.split(/\s+(?:who|which|whose)\s+/u)[0] ?? label)
    .split(/,\s*|\s+\(|\s+[—–]\s+|\s+--\s+/u)
    .filter((part) => part.trim() !== "");
  const first = headOf(parts[0] ?? label);
  if (first.name !== null) return first.name;
  // "The Podesta Group's CEO, Kimberley Fritts": a name in apposition to a description.
  for (const part of parts.slice(1)) {
    const head = headOf(part);
    if (head.name !== null && head.nameOnly) return head.name;
  }
  return first.noun;
}

/**
 * The head of a mention: its last name word, or failing that its last common noun, before a
 * preposition that follows a common noun ("spokesman for Mayor Jackson" → "spokesman"); a
 * possessor ("Trump's aide") is no head.
 */
function headOf(part: string): { name: string | null; noun: string | null; nameOnly: boolean } {
  const written = part.match(WORDS) ?? [];
  const words = written.map(normal);
  let name: string | null = null;
  let noun: string | null = null;
  let nameOnly = true;
  // The name before the current run of capitalised words: a run that modifies a noun is undone.
  let beforeRun: string | null = null;
  let inRun = false;
  for (let i = 0; i < written.length; i++) {
    const word = written[i] ?? "";
    const lower = words[i] ?? "";
    if (/^\d/u.test(lower)) continue;
    if (REFLEXIVES.has(lower) || PARTICLES.has(lower) || /^(?:the|a|an|mr|mrs|ms|dr)$/.test(lower)) continue;
    if (PREPOSITIONS.has(lower)) {
      // "spokesman for Mayor Jackson", "Sanders of Vermont": what follows is no head, unless a
      // title and a name follow ("Fight for $15 organizing director Kendall Fells").
      const titleLater = words.slice(i + 1).some((w) => titleWords.has(w));
      if ((name !== null && !titleLater) || (name === null && noun !== null && !TITLED_OF.has(noun))) break;
      continue;
    }
    // "a poll conducted in February": a participle after the head ends the mention.
    if (noun !== null && /^\p{Ll}/u.test(word) && /ed$/u.test(lower)) break;
    const capital = /^\p{Lu}/u.test(word);
    const possessive = /['’]s$/u.test(word);
    if (possessive && i < written.length - 1) {
      // The possessor is no head: "Trump's campaign manager".
      name = null;
      noun = null;
      nameOnly = false;
      continue;
    }
    const next = written[i + 1] ?? "";
    const common =
      !capital ||
      titleWords.has(lower) ||
      sourceNouns.has(lower) ||
      // "Friends of Mr. Clinton": a capitalised plural opening the mention before "of".
      (i === 0 && /s$/u.test(lower) && PREPOSITIONS.has(words[1] ?? ""));
    // "The French interior minister", "Trump campaign manager": a capitalised modifier of a noun.
    const modifier =
      capital &&
      !common &&
      /^\p{Ll}/u.test(next) &&
      !PREPOSITIONS.has(words[i + 1] ?? "") &&
      !REFLEXIVES.has(words[i + 1] ?? "");
    if (capital && !common && !inRun) beforeRun = name;
    inRun = capital && !common;
    if (modifier) {
      name = beforeRun;
      inRun = false;
    } else if (common) {
      if (!capital) nameOnly = false;
      noun = lower;
    } else name = lower;
  }
  return { name, noun, nameOnly };
}

const REFLEXIVES = new Set(["himself", "herself", "themselves", "itself"]);
const PREPOSITIONS = new Set(["of", "for", "at", "in", "from", "with", "on", "to"]);
/** Titles whose "of" phrase is part of the title ("Secretary of State John Kerry"). */
const TITLED_OF = new Set(["secretary", "minister", "chief", "director", "head", "chairman", "president"]);

function wordsOf(text: string): string[] {
  return (text.match(WORDS) ?? []).map(normal);
}

function normal(word: string): string {
  return word
    .toLowerCase()
    .replace(/['’]s?$/u, "")
    .replace(/\.$/u, "");
}
