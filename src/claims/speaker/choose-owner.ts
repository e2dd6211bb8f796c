import type { Analysis } from "../analyze-text.js";
import type { ParsedSpeaker } from "./parse-speaker.js";

const HEAD_TITLES = /^(?:president|prime minister|premier|chancellor|king|queen|leader)\b/i;

/**
 * The owner of "his office" among compatible earlier people (nearest first): a person named earlier
 * in the same sentence (its subject), else the article's most salient person: mentioned most often,
 * with a head of state or government counting extra, the first-named breaking ties, then the nearest.
 * Why: an office or spokesman belongs to the story's principal far more often than to whoever
 * happened to be named last ("Zelensky met Driscoll … Driscoll toured … His office said").
 */
export function chooseOwner(
  analysis: Analysis,
  candidates: ParsedSpeaker[],
  at: number,
): ParsedSpeaker | null {
  if (candidates.length <= 1) return candidates[0] ?? null;
  const sentenceStart = sentenceStartBefore(analysis, at);
  let subject: ParsedSpeaker | null = null;
  for (const candidate of candidates) {
    if (candidate.start >= sentenceStart && (!subject || candidate.start < subject.start))
      subject = candidate;
  }
  if (subject) return subject;
  const before = analysis.text.slice(0, at);
  let best: ParsedSpeaker | null = null;
  let bestScore = -1;
  let firstSeen = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const surname = lastWord(candidate.name ?? "");
    const first = before.indexOf(surname);
    let score = countWord(before, surname);
    if (HEAD_TITLES.test(candidate.role ?? "") || titled(before, surname)) score += 2;
    if (score > bestScore || (score === bestScore && first < firstSeen)) {
      best = candidate;
      bestScore = score;
      firstSeen = first;
    }
  }
  return best;
}

function sentenceStartBefore(analysis: Analysis, at: number): number {
  const { starts } = analysis.tokens;
  let start = 0;
  for (const sentence of analysis.sentences) {
    const begin = starts[sentence.first] ?? 0;
    if (begin > at) break;
    start = begin;
  }
  return start;
}

function countWord(text: string, word: string): number {
  if (word.length < 2) return 0;
  let count = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) count++;
  return count;
}

/** "President Mark Halden", "Prime Minister Halden": the name carries a head-of-state title. */
function titled(text: string, surname: string): boolean {
  if (surname.length < 2) return false;
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(
    `\\b(?:President|Prime Minister|Premier|Chancellor)\\s+(?:[A-Z][\\w'-]+\\s+){0,2}${escaped}\\b`,
  ).test(text);
}

function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(" ") + 1);
}
