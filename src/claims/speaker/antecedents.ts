import type { Analysis } from "../analyze-text.js";
import type { Mention } from "./find-mentions.js";
import type { ParsedSpeaker } from "./parse-speaker.js";

/** A speaker already resolved, at the token where its phrase starts. */
export interface SpokenAt {
  speaker: ParsedSpeaker;
  token: number;
}

/** A candidate antecedent: a named mention, or the speaker of an earlier claim. */
export type Candidate =
  | { mention: Mention; speaker?: undefined; sentence: number }
  | { speaker: ParsedSpeaker; mention?: undefined; sentence: number };

/** How many sentences back a pronoun may reach. */
const WINDOW = 6;

/**
 * Candidate antecedents of a pronoun at `token`, best first: in its own sentence the subject, then
 * the nearest earlier mention; then sentence by sentence backwards, in each the speaker of its
 * claims, its subject, then its other mentions left to right. Why this order: a pronoun subject
 * continues the previous sentence's subject far more often than its objects ("Donald Trump's son
 * told reporters … He said" is the son), and the best-known name is no evidence at all.
 */
export function* antecedents(
  analysis: Analysis,
  mentions: readonly Mention[],
  spoken: readonly SpokenAt[],
  token: number,
): Generator<Candidate> {
  const sentence = sentenceOf(analysis, token);
  let m = upperBound(mentions, token) - 1;
  let p = spoken.length - 1;
  while (p >= 0 && (spoken[p]?.token ?? 0) >= token) p--;
  for (let s = sentence; s >= 0 && s >= sentence - WINDOW; s--) {
    const inSentence: Mention[] = [];
    while (m >= 0 && (mentions[m]?.sentence ?? -1) >= s) {
      const mention = mentions[m] as Mention;
      if (mention.sentence === s && mention.last <= token) inSentence.push(mention);
      m--;
    }
    const first = analysis.sentences[s]?.first ?? 0;
    const speakers: { speaker: ParsedSpeaker; sentence: number }[] = [];
    while (p >= 0 && (spoken[p]?.token ?? 0) >= first) {
      const at = spoken[p] as SpokenAt;
      // A speaker with no name ("the former first lady") is no help as an antecedent.
      if (at.speaker.name) speakers.push({ speaker: at.speaker, sentence: s });
      p--;
    }
    // inSentence is nearest first; the subject leads either way.
    const subject = inSentence.find((mention) => mention.subject);
    if (s === sentence) {
      if (subject) yield { mention: subject, sentence: s };
      for (const speaker of speakers) yield speaker;
      for (const mention of inSentence) if (mention !== subject) yield { mention, sentence: s };
      continue;
    }
    for (const speaker of speakers.reverse()) yield speaker;
    if (subject) yield { mention: subject, sentence: s };
    for (const mention of inSentence.reverse()) if (mention !== subject) yield { mention, sentence: s };
  }
}

/** The sentence holding token `token`. */
export function sentenceOf(analysis: Analysis, token: number): number {
  const { sentences } = analysis;
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((sentences[mid]?.first ?? 0) <= token) low = mid;
    else high = mid - 1;
  }
  return low;
}

function upperBound(mentions: readonly Mention[], token: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((mentions[mid]?.first ?? 0) < token) low = mid + 1;
    else high = mid;
  }
  return low;
}
