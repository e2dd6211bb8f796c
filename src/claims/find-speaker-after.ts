import type { Analysis, Range } from "./analyze-text.js";
import { LINKS, MAX_PHRASE, PLURAL_AGENT, WORDLIKE } from "./speaker-phrase.js";
import {
  determiners,
  familiarityHeads,
  nonNameWords,
  pronouns,
  sourceNouns,
  titleWords,
} from "./word-lists.js";

const PRE_MODIFIERS = /^(?:senior|top|former|other|many|several|some|anonymous|unnamed)$/;

/** The speaker after an inverted cue: "…, said Kremlin spokesman Dmitry Peskov." */
export function findSpeakerAfter(analysis: Analysis, from: number, limit: number): Range | null {
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
    if (cap[i]) {
      if (nonNameWords.has(word)) break;
      head = i;
    } else if (
      titleWords.has(word) ||
      sourceNouns.has(word) ||
      word.endsWith("'s") ||
      PLURAL_AGENT.test(word)
    ) {
      head = i;
    } else {
      const joins =
        (LINKS.has(word) || word === "and") &&
        head >= 0 &&
        (cap[i + 1] || determiners.has(lower[i + 1] ?? ""));
      if (!joins && !PRE_MODIFIERS.test(word)) break;
    }
  }
  if (head < 0) return null;
  let last = head + 1;
  if (familiarityHeads.has(lower[head] ?? "")) last = extendFamiliar(analysis, last, limit);
  // "said Alan Cole, an economist at the Tax Foundation": a description opened by an article.
  if (lower[last] === "," && /^(?:a|an|the)$/.test(lower[last + 1] ?? "") && cap[last - 1]) {
    let end = last + 2;
    while (end < limit && end - last < 25 && !/^[,;:.!?—–“”"()]$/.test(words[end] ?? "")) end++;
    last = end;
  }
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
