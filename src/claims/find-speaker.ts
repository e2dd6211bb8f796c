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
  /** True for a coordinated verb ("survived the war and says …"): the subject is earlier. */
  coordinated: boolean;
  /** The auxiliary words skipped between speaker and cue ("has been", "will"). */
  auxiliaries: string[];
}

const MAX_NP = 12;
const QUANTITY_OF = new Set([
  "one", "two", "three", "some", "many", "most", "all", "each", "several", "majority", "number", "group", "chorus",
  "handful", "couple", "dozens", "hundreds", "members", "member", "none", "half", "both", "few", "bunch", "coalition",
  "percent", "four", "five", "six", "seven", "eight", "nine", "ten", "majority", "minority", "thousands", "millions",
]);
const LINKS = new Set(["of", "for", "in", "at", "to", "from", "on"]);
const NAME_PARTICLES = new Set(["de", "van", "von", "der", "den", "bin", "al", "la", "le", "da", "di", "du", "del", "dos"]);
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
  // "six in 10 say": a number heads a poll finding only in that shape.
  if (/^\d/.test(word)) return analysis.tokens.lower[i - 1] === "in" && /^(?:\d+|one|two|three|four|five|six|seven|eight|nine)$/.test(analysis.tokens.lower[i - 2] ?? "");
  if (determiners.has(word)) return false;
  if (cap[i]) return !nonNameWords.has(word);
  return sourceNouns.has(word) || PLURAL_AGENT.test(word);
}

/**
 * "The billionaire real estate magnate says": a lower-case head is accepted when a determiner opens
 * the phrase within a few words and only content words stand between.
 */
function determinerPhrase(analysis: Analysis, head: number, floor: number, strict: boolean): Range | null {
  const { lower, words } = analysis.tokens;
  const headWord = lower[head] ?? "";
  if (functionWords.has(headWord) || headWord.endsWith("ly") || !/^\p{Ll}/u.test(words[head] ?? "")) return null;
  // Why: for cue words that are often not verbs ("pledged delegates"), only agent-like heads count.
  if (strict && !AGENT_SUFFIX.test(headWord)) return null;
  for (let j = head - 1; j >= floor && head - j <= 5; j--) {
    const word = lower[j] ?? "";
    if (word.endsWith("'s") && j < head - 1 && analysis.tokens.cap[j]) return { first: j, last: head + 1 };
    if (word === "the" || word === "a" || word === "an" || (!strict && determiners.has(word) && word !== "that")) {
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
  if (NAME_PARTICLES.has(word) && cap[j - 1] && cap[j + 1]) return "include";
  if (LINKS.has(word) && j - 1 >= floor) {
    const left = lower[j - 1] ?? "";
    const rightCap = (cap[j + 1] === true && !/^\d/.test(lower[j + 1] ?? "")) || determiners.has(lower[j + 1] ?? "");
    if (rightCap && (titleWords.has(left) || sourceNouns.has(left) || cap[j - 1])) return "include";
  }
  if (word === "and" && cap[j - 1] && cap[j + 1]) return "include";
  if (word === "of" && j - 1 >= floor) {
    const left = lower[j - 1] ?? "";
    // "one of Mr. Obama's advisers", "a group of doctors", "the city of Phoenix".
    if (QUANTITY_OF.has(left) || /^\d+$/.test(left) || (cap[j + 1] && determiners.has(lower[j - 2] ?? "") && /^[a-z]+$/.test(left))) return "include";
  }
  if ((word === "and" || word === "or") && /^[a-z]+$/.test(lower[j - 1] ?? "") && !functionWords.has(lower[j - 1] ?? "")) {
    return "include";
  }
  return "stop";
}

/**
 * Starting at a lower-case word j that is not otherwise part of a phrase, the index of the word
 * that opens a run of at most three plain modifiers (a determiner, possessive, title, number or
 * a capitalised word), or -1 when the run is not a noun-phrase prefix.
 */
function modifierRun(analysis: Analysis, j: number, floor: number): number {
  const { lower, words, cap } = analysis.tokens;
  for (let k = j; k >= floor && j - k < 4; k--) {
    const word = lower[k] ?? "";
    if (!WORDLIKE.test(words[k] ?? "")) return k === j ? -1 : k + 1 <= j && isPlainModifier(word) ? k + 1 : -1;
    if (determiners.has(word) || word.endsWith("'s") || titleWords.has(word) || (cap[k] && !nonNameWords.has(word))) {
      return k === j ? -1 : k;
    }
    if (!isPlainModifier(word) || cap[k]) return -1;
  }
  return -1;
}

function isPlainModifier(word: string): boolean {
  return !functionWords.has(word) && !/(?:ly|ed|ing)$/.test(word) && /^[a-z][a-z-]*$/.test(word);
}

/** Grow a phrase leftwards from its head; a determiner is included and ends it. */
export function phraseEndingAt(analysis: Analysis, head: number, floor: number): Range {
  let first = head;
  if (pronouns.has(analysis.tokens.lower[head] ?? "")) return { first, last: head + 1 };
  for (let j = head - 1; j >= floor && head - j < MAX_NP; j--) {
    // "Gov. John Kasich (R-Ohio)": a short parenthesis stays inside the phrase.
    if (analysis.tokens.lower[j] === ")") {
      let open = j - 1;
      while (open > floor && j - open < 8 && analysis.tokens.lower[open] !== "(") open--;
      if (analysis.tokens.lower[open] !== "(" || open - 1 < floor) break;
      j = open;
      continue;
    }
    const verdict = extendsLeft(analysis, j, floor);
    if (verdict === "stop") {
      // "Republican primary voters", "Google's chief human resources executive": a few
      // lower-case modifiers are part of a common-noun phrase (never of a bare name).
      if (analysis.tokens.cap[first]) break;
      const opener = modifierRun(analysis, j, floor);
      if (opener < 0) break;
      first = opener;
      j = opener;
      if (determiners.has(analysis.tokens.lower[opener] ?? "")) break;
      continue;
    }
    first = j;
    if (verdict === "last") break;
  }
  // A phrase never starts with a dangling link word ("of", "and").
  while (first < head && /^(?:of|for|in|at|to|and)$/.test(analysis.tokens.lower[first] ?? "")) first++;
  return { first, last: head + 1 };
}

/** The speaker before the cue at `cue`: "Kremlin spokesman Dmitry Peskov [also] said". */
export function findSpeakerBefore(analysis: Analysis, cue: number, floor: number, coreCue = false): SpeakerBefore {
  const { lower } = analysis.tokens;
  let i = cue - 1;
  let negated = false;
  const skippedWords: string[] = [];
  for (let skipped = 0; i >= floor && skipped < 5; skipped++) {
    const word = lower[i] ?? "";
    skippedWords.push(word);
    if (cueNegators.has(word)) negated = true;
    else if (word === "," && lower[i - 1] === "however" && lower[i - 2] === ",") i -= 2;
    else if (!auxiliaries.has(word)) break;
    i--;
  }
  skippedWords.pop();
  const result = (range: Range | null, coordinated = false): SpeakerBefore => ({
    range,
    negated,
    coordinated,
    auxiliaries: skippedWords,
  });
  if (i < floor) return result(null);
  if (lower[i] === "and" || lower[i] === "but") return result(null, true);
  const familiar = familiarSource(analysis, i, floor);
  if (familiar) return result(familiar);
  if (lower[i] === ")") {
    let open = i - 1;
    while (open > floor && i - open < 8 && lower[open] !== "(") open--;
    if (lower[open] === "(" && isSpeakerHead(analysis, open - 1)) {
      const inner = phraseEndingAt(analysis, open - 1, floor);
      return result({ first: inner.first, last: i + 1 });
    }
    return result(null);
  }
  if (lower[i] === "," || lower[i] === "—" || lower[i] === "–") return result(appositive(analysis, i, floor));
  if (!isSpeakerHead(analysis, i)) return result(determinerPhrase(analysis, i, floor, !coreCue));
  return result(phraseEndingAt(analysis, i, floor));
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
  const allNames = (range: Range): boolean => {
    for (let k = range.first; k < range.last; k++) {
      const word = lower[k] ?? "";
      if (word === "and" || word === "of") continue;
      if (!cap[k] || nonNameWords.has(word)) return false;
    }
    return range.last > range.first;
  };
  const describes = (range: Range): boolean => {
    const opener = lower[range.first] ?? "";
    if (/^(?:who|which|whose)$/.test(opener) || /^\d+$/.test(opener)) return true;
    return range.last - range.first <= 20 && !functionWords.has(opener);
  };
  const parenthetical = (range: Range): boolean => {
    const opener = lower[range.first] ?? "";
    return /ing$/.test(opener) || /^(?:at|in|on|during|after|before|speaking|asked|with|for|like|as|then|however|too|also|though|meanwhile)$/.test(opener);
  };
  {
    // "Trump, speaking to veterans, said": the aside is not part of the speaker.
    let open = comma - 1;
    while (open > floor && comma - open < 25 && lower[open] !== mark && !/^[.;:!?“”"]$/.test(words[open] ?? "")) open--;
    if (lower[open] === mark && open < comma - 1 && parenthetical({ first: open + 1, last: comma })) {
      if (!isSpeakerHead(analysis, open - 1)) return null;
      return phraseEndingAt(analysis, open - 1, floor);
    }
  }
  let end = comma;
  // Up to three descriptions may stand between the name and the cue ("Name, 59, of Ashton, said").
  for (let segment = 0; segment < 3; segment++) {
    let open = end - 1;
    while (open > floor && end - open < 25 && lower[open] !== mark && !/^[.;:!?“”"]$/.test(words[open] ?? "")) open--;
    if (lower[open] !== mark || open === end - 1 || !describes({ first: open + 1, last: end })) return null;
    if (isSpeakerHead(analysis, open - 1) && !pronouns.has(lower[open - 1] ?? "")) {
      const first = phraseEndingAt(analysis, open - 1, floor);
      const inner: Range = { first: open + 1, last: comma };
      if (allNames(first) || (segment === 0 && inner.last - inner.first <= 4 && allNames(inner) && describes(first))) {
        return { first: first.first, last: comma };
      }
    }
    end = open;
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
