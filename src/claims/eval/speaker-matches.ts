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
  const parts = label
    .split(/\s+(?:who|which|whose)\s+/u)[0]
    ?.split(/,\s*|\s+\(|\s+[—–]\s+|\s+--\s+/u)
    .map((part) => part.split(/\s+(?:of|for|at|in|from|with|on)\s+/u)[0] ?? "")
    .filter((part) => part.trim() !== "");
  for (const part of parts ?? []) {
    const name = surname(part);
    if (name !== null) return name;
  }
  return wordsOf(parts?.[0] ?? label).at(-1) ?? null;
}

/** The last word of a part made of name words only ("Sen. Bernie Sanders" → "sanders"), or null. */
function surname(part: string): string | null {
  const written = part.match(WORDS) ?? [];
  let last: string | null = null;
  for (const word of written) {
    const lower = normal(word);
    if (PARTICLES.has(lower)) continue;
    if (!/^\p{Lu}/u.test(word)) return null;
    if (titleWords.has(lower) || sourceNouns.has(lower) || /^(?:the|a|an|mr|mrs|ms|dr)$/.test(lower))
      continue;
    last = lower;
  }
  return last;
}

function wordsOf(text: string): string[] {
  return (text.match(WORDS) ?? []).map(normal);
}

function normal(word: string): string {
  return word
    .toLowerCase()
    .replace(/['’]s?$/u, "")
    .replace(/\.$/u, "");
}
