import type { Analysis, Range } from "../analyze-text.js";
import { cueLexicon } from "../cue-lexicon.js";
import {
  determiners,
  familiarityHeads,
  functionWords,
  nonNameWords,
  pronouns,
  sourceNouns,
  titleWords,
} from "../word-lists.js";
import { describeSpeaker } from "./describe-speaker.js";
import { LINKS, MAX_PHRASE, PLURAL_AGENT, WORDLIKE } from "./speaker-phrase.js";

const NAME_PARTICLES = new Set([
  "de",
  "van",
  "von",
  "der",
  "den",
  "bin",
  "al",
  "la",
  "le",
  "da",
  "di",
  "du",
  "del",
  "dos",
]);
const PRE_MODIFIERS = /^(?:senior|top|former|other|many|several|some|anonymous|unnamed)$/;

/** The speaker after an inverted cue: "…, said Kremlin spokesman Dmitry Peskov." */
export function findSpeakerAfter(
  analysis: Analysis,
  from: number,
  limit: number,
  describe = false,
): Range | null {
  const { lower, cap, words } = analysis.tokens;
  let i = from;
  if (i >= limit) return null;
  if (pronouns.has(lower[i] ?? "") && lower[i] !== "it" && lower[i] !== "who" && lower[i] !== "which") {
    return { first: i, last: i + 1 };
  }
  let head = -1;
  for (; i < limit && i - from < MAX_PHRASE; i++) {
    const word = lower[i] ?? "";
    if (i === from && determiners.has(word) && word !== "that") continue;
    if (!WORDLIKE.test(words[i] ?? "")) break;
    // "Pierre de Vos": a lower-case particle inside a name.
    if (head >= 0 && cap[head] && cap[i + 1] && NAME_PARTICLES.has(word)) continue;
    if (cap[i]) {
      // "Recently, …", "Once …": a capitalised adverb opening the sentence names nobody.
      if (nonNameWords.has(word) || (i === from && (word === "once" || (word.endsWith("ly") && !cap[i + 1]))))
        break;
      head = i;
    } else if (
      titleWords.has(word) ||
      sourceNouns.has(word) ||
      word.endsWith("'s") ||
      PLURAL_AGENT.test(word)
    ) {
      head = i;
    } else {
      const next = lower[i + 1] ?? "";
      const joins =
        (LINKS.has(word) || word === "and") &&
        head >= 0 &&
        (cap[i + 1] || determiners.has(next) || (word === "and" && sourceNouns.has(next)));
      // "a former senior law enforcement official": plain modifiers count once a head follows.
      // A name ends at a plain word ("Umerov flew to Geneva").
      const modifies = isPlainModifier(word) && (head < 0 || !cap[head]);
      if (!joins && !PRE_MODIFIERS.test(word) && !modifies) break;
    }
  }
  if (head < 0) return null;
  let last = head + 1;
  if (familiarityHeads.has(lower[head] ?? "")) last = extendFamiliar(analysis, last, limit);
  // "said Alan Cole, an economist at the Tax Foundation": the descriptions belong to the speaker.
  if (describe) last = describeSpeaker(analysis, last, limit);
  return { first: from, last };
}

function extendFamiliar(analysis: Analysis, from: number, limit: number): number {
  const { lower } = analysis.tokens;
  const next = lower[from] ?? "";
  if (!/^(?:familiar|close|briefed|with|involved|knowledgeable)$/.test(next)) return from;
  let i = from;
  while (i < limit && i - from < 12 && /^[\p{L}\p{N}'-]/u.test(lower[i] ?? "")) i++;
  return i;
}

function isPlainModifier(word: string): boolean {
  return (
    /^[a-z][a-z-]+$/.test(word) &&
    !functionWords.has(word) &&
    !determiners.has(word) &&
    !cueLexicon.has(word) &&
    !/(?:ly|ed|ing)$/.test(word)
  );
}
