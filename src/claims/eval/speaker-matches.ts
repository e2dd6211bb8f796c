import type { Speaker } from "../claim.js";
import { sourceNouns, titleWords } from "../word-lists.js";

const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/**
 * Whether an extracted speaker is the one a label names. `label` is the text of the labelled
 * mention ("Dmitry Peskov", "the aides"), or null when nobody can be named. The key is the
 * mention's last name word (its surname), else its head noun; it must appear as a word in the
 * speaker's resolved name (its text when it has no name). A label of nobody is matched by no
 * speaker or one left unresolved.
 */
export function speakerMatches(speaker: Speaker | null, label: string | null): boolean {
  if (label === null) return speaker === null || speaker.kind === "unresolved" || speaker.name === null;
  if (speaker === null || speaker.kind === "unresolved") return false;
  const key = keyOf(label);
  if (key === null) return false;
  return wordsOf(speaker.name ?? speaker.text).includes(key);
}

function keyOf(label: string): string | null {
  const words = wordsOf(label);
  const written = label.match(WORDS) ?? [];
  for (let i = written.length - 1; i >= 0; i--) {
    const word = words[i] ?? "";
    const capital = /^\p{Lu}/u.test(written[i] ?? "");
    if (capital && !titleWords.has(word) && !sourceNouns.has(word) && word !== "the") return word;
  }
  return words.at(-1) ?? null;
}

function wordsOf(text: string): string[] {
  return (text.match(WORDS) ?? []).map((word) =>
    word
      .toLowerCase()
      .replace(/['’]s?$/u, "")
      .replace(/\.$/u, ""),
  );
}
