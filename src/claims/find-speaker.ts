import type { Analysis, Range } from "./analyze-text.js";
import {
  auxiliaries,
  cueNegators,
  determiners,
  familiarityHeads,
  functionWords,
  nonNameWords,
  pronouns,
  sourceNouns,
  titleWords,
} from "./word-lists.js";

/** The speaker phrase found before a cue, and whether the cue was negated ("has not said"). */
export interface SpeakerBefore {
  range: Range | null;
  negated: boolean;
}

const MAX_NP = 12;
const LINKS = new Set(["of", "for", "in", "at", "to"]);
const AGENT_SUFFIX = /(?:er|or|ist|ian|ant|ent|man|woman|person|ate|ee|ion|cy|ty|al|ive|ary|ess|ard|ce)s?$/;
const WORDLIKE = /^[\p{L}\p{N}]/u;
const PLURAL_AGENT = /^[a-z]{2,}(?:ers|ists|ians|ants|ents|ors)$/;
const FAMILIAR_HINTS = new Set(["familiar", "close", "briefed", "knowledge", "involved", "knowledgeable"]);
const FAMILIAR = /(?:^|[\s,(])((?:(?:a|an|one|two|three|four|five|six|several|some|the|\d+)\s+)?(?:[\p{L}.-]+\s+){0,3}?(?:people|person|sources?|officials?|diplomats?)\s+(?:familiar with|close to|briefed on|with (?:direct )?knowledge of|involved in|knowledgeable about)\s+[^,.;:"“”]{1,60}?)\s*$/iu;

/** Is token i a plausible head of a speaker phrase? */
export function isSpeakerHead(analysis: Analysis, i: number): boolean {
  const { lower, cap, words } = analysis.tokens;
  const word = lower[i] ?? "";
  if (pronouns.has(word)) return true;
  if (!WORDLIKE.test(words[i] ?? "")) return false;
  if (/^\d/.test(word)) return analysis.tokens.lower[i - 1] === "in";
  if (cap[i]) return !nonNameWords.has(word);
  return sourceNouns.has(word) || PLURAL_AGENT.test(word);
}

/**
 * "The billionaire real estate magnate says": a lower-case head is accepted when a determiner opens
 * the phrase within a few words and only content words stand between.
 */
function determinerPhrase(analysis: Analysis, head: number, floor: number): Range | null {
  const { lower, words } = analysis.tokens;
  const headWord = lower[head] ?? "";
  if (functionWords.has(headWord) || headWord.endsWith("ly") || !/^\p{Ll}/u.test(words[head] ?? "")) return null;
  if (!AGENT_SUFFIX.test(headWord)) return null;
  for (let j = head - 1; j >= floor && head - j <= 5; j--) {
    const word = lower[j] ?? "";
    if (word === "the" || word === "a" || word === "an") {
      const before = lower[j - 1] ?? "";
      const opens = j === floor || !WORDLIKE.test(words[j - 1] ?? "") || /^(?:and|but|after|because|while|when|as|then|so)$/.test(before);
      return opens ? { first: j, last: head + 1 } : null;
    }
    if (functionWords.has(word) || determiners.has(word) || !WORDLIKE.test(words[j] ?? "")) return null;
  }
  return null;
}

/** Can token j (left of a phrase starting at j+1) extend a speaker phrase leftwards? */
function extendsLeft(analysis: Analysis, j: number, floor: number): "include" | "last" | "stop" {
  const { lower, cap, words } = analysis.tokens;
  const word = lower[j] ?? "";
  if (determiners.has(word)) return word === "that" ? "stop" : "last";
  if (!WORDLIKE.test(words[j] ?? "")) return "stop";
  if (cap[j]) return nonNameWords.has(word) ? "stop" : "include";
  if (word.endsWith("'s") || titleWords.has(word) || sourceNouns.has(word)) return "include";
  if (LINKS.has(word) && j - 1 >= floor) {
    const left = lower[j - 1] ?? "";
    const rightCap = cap[j + 1] === true || determiners.has(lower[j + 1] ?? "");
    if (rightCap && (titleWords.has(left) || sourceNouns.has(left) || cap[j - 1])) return "include";
  }
  if (word === "and" && cap[j - 1] && cap[j + 1]) return "include";
  return "stop";
}

/** Grow a phrase leftwards from its head; a determiner is included and ends it. */
export function phraseEndingAt(analysis: Analysis, head: number, floor: number): Range {
  let first = head;
  if (pronouns.has(analysis.tokens.lower[head] ?? "")) return { first, last: head + 1 };
  for (let j = head - 1; j >= floor && head - j < MAX_NP; j--) {
    const verdict = extendsLeft(analysis, j, floor);
    if (verdict === "stop") break;
    first = j;
    if (verdict === "last") break;
  }
  // A phrase never starts with a dangling link word ("of", "and").
  while (first < head && /^(?:of|for|in|at|and)$/.test(analysis.tokens.lower[first] ?? "")) first++;
  return { first, last: head + 1 };
}

/** The speaker before the cue at `cue`: "Kremlin spokesman Dmitry Peskov [also] said". */
export function findSpeakerBefore(analysis: Analysis, cue: number, floor: number): SpeakerBefore {
  const { lower } = analysis.tokens;
  let i = cue - 1;
  let negated = false;
  for (let skipped = 0; i >= floor && skipped < 5; skipped++) {
    const word = lower[i] ?? "";
    if (cueNegators.has(word)) negated = true;
    else if (word === "," && lower[i - 1] === "however" && lower[i - 2] === ",") i -= 2;
    else if (!auxiliaries.has(word)) break;
    i--;
  }
  if (i < floor) return { range: null, negated };
  const familiar = familiarSource(analysis, i, floor);
  if (familiar) return { range: familiar, negated };
  if (lower[i] === "," || lower[i] === "—" || lower[i] === "–") return { range: appositive(analysis, i, floor), negated };
  if (!isSpeakerHead(analysis, i)) return { range: determinerPhrase(analysis, i, floor), negated };
  return { range: phraseEndingAt(analysis, i, floor), negated };
}

/** "two people familiar with the draft said": the description ends in a lower-case noun. */
function familiarSource(analysis: Analysis, last: number, floor: number): Range | null {
  const { starts, ends, lower } = analysis.tokens;
  if (!/^[a-z]/.test(lower[last] ?? "")) return null;
  let hint = false;
  for (let k = last; k >= floor && last - k < 14 && !hint; k--) hint = FAMILIAR_HINTS.has(lower[k] ?? "");
  if (!hint) return null;
  const from = Math.max(starts[floor] ?? 0, (ends[last] ?? 0) - 160);
  const window = analysis.text.slice(from, ends[last]);
  const match = FAMILIAR.exec(window);
  if (!match?.[1]) return null;
  const start = from + window.length - match[1].length - (window.length - window.trimEnd().length);
  let first = last;
  while (first > floor && (starts[first - 1] ?? 0) >= start) first--;
  return { first, last: last + 1 };
}

/**
 * "Name, a spokesman for X, said", "X's press secretary, Name, told", "Name, who runs X, says",
 * "Name — a teacher from Y — says": the name and its description together.
 */
function appositive(analysis: Analysis, comma: number, floor: number): Range | null {
  const { lower, cap, words } = analysis.tokens;
  const mark = lower[comma] ?? ",";
  let open = comma - 1;
  while (open > floor && comma - open < 25 && lower[open] !== mark && !/^[.;:!?“”"]$/.test(words[open] ?? "")) open--;
  if (lower[open] !== mark || open === comma - 1 || !isSpeakerHead(analysis, open - 1)) return null;
  if (pronouns.has(lower[open - 1] ?? "")) return null;
  const first = phraseEndingAt(analysis, open - 1, floor);
  const inner: Range = { first: open + 1, last: comma };
  const allNames = (range: Range): boolean => {
    for (let k = range.first; k < range.last; k++) if (!cap[k] || nonNameWords.has(lower[k] ?? "")) return false;
    return true;
  };
  const describes = (range: Range): boolean => {
    const opener = lower[range.first] ?? "";
    if (opener === "who" || /^\d+$/.test(opener)) return true;
    return range.last - range.first <= 20 && !functionWords.has(opener);
  };
  if ((allNames(first) && describes(inner)) || (inner.last - inner.first <= 4 && allNames(inner) && describes(first))) {
    return { first: first.first, last: inner.last };
  }
  return null;
}

/** The speaker after an inverted cue: "…, said Kremlin spokesman Dmitry Peskov." */
export function findSpeakerAfter(analysis: Analysis, from: number, limit: number): Range | null {
  const { lower, cap, words } = analysis.tokens;
  let i = from;
  if (i >= limit) return null;
  if (pronouns.has(lower[i] ?? "") && lower[i] !== "it" && lower[i] !== "who" && lower[i] !== "which") {
    return { first: i, last: i + 1 };
  }
  let head = -1;
  for (; i < limit && i - from < MAX_NP; i++) {
    const word = lower[i] ?? "";
    if (i === from && determiners.has(word) && word !== "that") continue;
    if (!WORDLIKE.test(words[i] ?? "")) break;
    if (cap[i]) {
      if (nonNameWords.has(word)) break;
      head = i;
    } else if (titleWords.has(word) || sourceNouns.has(word) || word.endsWith("'s") || PLURAL_AGENT.test(word)) {
      head = i;
    } else if ((LINKS.has(word) || word === "and") && head >= 0 && (cap[i + 1] || determiners.has(lower[i + 1] ?? ""))) {
      continue;
    } else if (/^(?:senior|top|former|other|many|several|some|anonymous|unnamed)$/.test(word)) {
      continue;
    } else break;
  }
  if (head < 0) return null;
  let last = head + 1;
  if (familiarityHeads.has(lower[head] ?? "")) last = extendFamiliar(analysis, last, limit);
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
