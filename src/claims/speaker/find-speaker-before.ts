import type { Analysis, Range } from "../analyze-text.js";
import { auxiliaries, cueNegators, determiners, functionWords, pronouns, wordSet } from "../word-lists.js";
import { allNames, describes } from "./apposition-parts.js";
import { appositiveChain } from "./appositive-chain.js";
import { bareSubject, growSubject } from "./grow-subject.js";
import { isSpeakerHead, phraseEndingAt, WORDLIKE } from "./speaker-phrase.js";

/** The speaker phrase found before a cue, and whether the cue was negated ("has not said"). */
export interface SpeakerBefore {
  /** The speaker phrase, or null when none stands before the cue. */
  range: Range | null;
  /** True when a negator stands between speaker and cue ("has not said"). */
  negated: boolean;
  /** True for a coordinated verb ("survived the war and says …"): the subject is earlier. */
  coordinated: boolean;
  /** The auxiliary words skipped between speaker and cue ("has been", "will"). */
  auxiliaries: string[];
}

const MAX_RELATIVE = 10;
const WEEKDAYS = wordSet("monday tuesday wednesday thursday friday saturday sunday");
const DAY_PARTS = wordSet("morning afternoon evening night");
const TO_VERBS = wordSet("continued continues sought seeks tried tries attempted moved rushed hastened");
const PHRASE_LINKS = wordSet("of to for from in at with on around across throughout");
const OBJECT_PREPOSITIONS = wordSet("in at on from with into onto near under over against toward towards");
const AGENT_SUFFIX = /(?:er|or|ist|ian|ant|ent|man|woman|person|ate|ee|ion|cy|ty|al|ive|ary|ess|ard|ce)s?$/;
const NOT_ADVERBS = wordSet(
  "family italy july ally rally assembly supply bully daily weekly monthly yearly friendly elderly",
);
const QUANTITY_OF = wordSet("many most some all both several few none each one two three half");
const FAMILIAR_HINTS = wordSet("familiar close briefed knowledge involved knowledgeable");
const FAMILIAR =
  /(?:^|[\s,(])((?:(?:a|an|one|two|three|four|five|six|several|some|the|\d+)\s+)?(?:[\p{L}.-]+\s+){0,3}?(?:people|person|sources?|officials?|diplomats?|those)\s+(?:familiar with|close to|briefed on|with (?:direct )?knowledge of|involved in|knowledgeable about)\s+[^,.;:"“”]{1,60}?)\s*$/iu;

/** The speaker before the cue at `cue`: "Kremlin spokesman Dmitry Peskov [also] said". */
export function findSpeakerBefore(
  analysis: Analysis,
  cue: number,
  floor: number,
  coreCue = false,
): SpeakerBefore {
  const { lower } = analysis.tokens;
  let i = cue - 1;
  let negated = false;
  const skippedWords: string[] = [];
  for (let skipped = 0; i >= floor && skipped < 5; skipped++) {
    const word = lower[i] ?? "";
    skippedWords.push(word);
    // "He went on to rebut", "tried to refute": a verb of going on or trying before the cue.
    if (word === "to" && TO_VERBS.has(lower[i - 1] ?? "")) {
      i -= 2;
      continue;
    }
    if (word === "to" && lower[i - 1] === "on" && /^(?:went|goes|go|going)$/.test(lower[i - 2] ?? "")) {
      i -= 3;
      continue;
    }
    // "who in 2010 said": a year between speaker and cue.
    if (/^\d{4}$/.test(word) && lower[i - 1] === "in") {
      i -= 2;
      continue;
    }
    // "the Kentucky Republican on Tuesday dismissed": a day between speaker and cue.
    if (WEEKDAYS.has(word) && lower[i - 1] === "on") {
      i -= 2;
      continue;
    }
    // "on Thursday evening said".
    if (DAY_PARTS.has(word) && WEEKDAYS.has(lower[i - 1] ?? "") && lower[i - 2] === "on") {
      i -= 3;
      continue;
    }
    // "Theresa May said": a capitalised word is a name, never a skipped auxiliary.
    if (analysis.tokens.cap[i] && !cueNegators.has(word)) break;
    if (cueNegators.has(word)) negated = true;
    // "did not say": the auxiliary of a negated cue.
    else if (negated && /^(?:did|does|do|would|will|could)$/.test(word)) {
      // nothing to record: the negation already is
    } else if (word === "," && lower[i - 1] === "however" && lower[i - 2] === ",") i -= 2;
    // "Mrs. Schlafly said", "an early tweet": a name or an adjective after a determiner is no adverb.
    else if (
      !auxiliaries.has(word) &&
      !(isAdverb(word) && !analysis.tokens.cap[i] && !determiners.has(lower[i - 1] ?? ""))
    )
      break;
    i--;
  }
  skippedWords.pop();
  const found = speakerAt(analysis, i, cue, floor, coreCue);
  return { range: found.range, negated, coordinated: found.coordinated, auxiliaries: skippedWords };
}

/**
 * The speaker phrase ending at token i (the last word before the skipped auxiliaries). Module-level
 * rather than a closure: this runs for every cue word of every article.
 */
function speakerAt(
  analysis: Analysis,
  i: number,
  cue: number,
  floor: number,
  coreCue: boolean,
): { range: Range | null; coordinated: boolean } {
  const { lower } = analysis.tokens;
  if (i < floor) return { range: null, coordinated: false };
  if (lower[i] === "and" || lower[i] === "but") return { range: null, coordinated: true };
  // "many of whom say", "most of them said": a share of those just named.
  if (
    /^(?:whom|them|us|those)$/.test(lower[i] ?? "") &&
    lower[i - 1] === "of" &&
    QUANTITY_OF.has(lower[i - 2] ?? "")
  )
    return { range: { first: i - 2, last: i + 1 }, coordinated: false };
  const familiar = familiarSource(analysis, i, floor);
  if (familiar) return { range: familiar, coordinated: false };
  if (lower[i] === ")") {
    let open = i - 1;
    while (open > floor && i - open < 8 && lower[open] !== "(") open--;
    if (lower[open] === "(" && isSpeakerHead(analysis, open - 1)) {
      const inner = phraseEndingAt(analysis, open - 1, floor);
      return { range: growSubject(analysis, { first: inner.first, last: i + 1 }, floor), coordinated: false };
    }
    return { range: null, coordinated: false };
  }
  if (lower[i] === "," || lower[i] === "—" || lower[i] === "–") {
    const single = appositive(analysis, i, floor);
    // "Donna Rawlings, 59, of Ashton, Md., who watched, said": a chain of descriptions, when the
    // single apposition stopped at one of them.
    const left = lower[(single?.first ?? 0) - 1] ?? "";
    const nested = left === lower[i] || (left === "of" && lower[(single?.first ?? 0) - 2] === lower[i]);
    const chained = single === null || nested ? appositiveChain(analysis, i, floor) : null;
    return { range: grown(analysis, chained ?? single, cue, floor), coordinated: false };
  }
  const restricted = restrictiveRelative(analysis, i, floor);
  if (restricted) return { range: grown(analysis, restricted, cue, floor), coordinated: false };
  if (!isSpeakerHead(analysis, i)) {
    const phrase = determinerPhrase(analysis, i, floor, !coreCue);
    const range = phrase || !coreCue ? grown(analysis, phrase, cue, floor) : bareSubject(analysis, i, floor);
    return { range, coordinated: false };
  }
  return { range: grown(analysis, phraseEndingAt(analysis, i, floor), cue, floor), coordinated: false };
}

/** The phrase grown to its clause start; null when it is the object of a preposition. */
function grown(analysis: Analysis, range: Range | null, cue: number, floor: number): Range | null {
  if (!range) return null;
  const { lower } = analysis.tokens;
  const phrase = growSubject(analysis, range, floor);
  // "ministers meeting in Niagara called": the object of a preposition is never the speaker.
  const preposition = lower[phrase.first - 1] ?? "";
  // "with Trump calling for a ban": an absolute clause whose subject follows "with".
  const absolute = preposition === "with" && (lower[cue] ?? "").endsWith("ing");
  return OBJECT_PREPOSITIONS.has(preposition) && !absolute ? null : phrase;
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
 * "The billionaire real estate magnate says": a lower-case head is accepted when a determiner opens
 * the phrase within a few words and only content words stand between.
 */
function determinerPhrase(analysis: Analysis, head: number, floor: number, strict: boolean): Range | null {
  const { lower, words } = analysis.tokens;
  const headWord = lower[head] ?? "";
  if (functionWords.has(headWord) || isAdverb(headWord) || !/^\p{Ll}/u.test(words[head] ?? "")) return null;
  // Why: for cue words that are often not verbs ("pledged delegates"), only agent-like heads count.
  if (strict && !AGENT_SUFFIX.test(headWord)) return null;
  for (let j = head - 1; j >= floor && head - j <= 5; j--) {
    const word = lower[j] ?? "";
    // "Gary Johnson's doctor is calling …": the possessor's own phrase opens the speaker phrase.
    if (word.endsWith("'s") && analysis.tokens.cap[j])
      return { first: phraseEndingAt(analysis, j, floor).first, last: head + 1 };
    if (
      word === "the" ||
      word === "a" ||
      word === "an" ||
      (!strict && determiners.has(word) && word !== "that") ||
      // "His surrogates called": a possessive opens an agent phrase too.
      /^(?:his|her|their|its|our)$/.test(word)
    ) {
      const before = lower[j - 1] ?? "";
      const opens =
        j === floor ||
        !WORDLIKE.test(words[j - 1] ?? "") ||
        /^(?:and|but|after|because|while|when|as|then|so)$/.test(before);
      if (opens) return { first: j, last: head + 1 };
      // "The head of the delegation to the forum said": the phrase is the object inside a longer
      // subject; it counts only when that subject grows to the clause start.
      if (!PHRASE_LINKS.has(before)) return null;
      const subject = growSubject(analysis, { first: j, last: head + 1 }, floor);
      return subject.first < j ? subject : null;
    }
    if (functionWords.has(word) || determiners.has(word) || !WORDLIKE.test(words[j] ?? "")) return null;
  }
  return null;
}

/**
 * "Name, a spokesman for X, said", "X's press secretary, Name, told", "Name, who runs X, says",
 * "Name — a teacher from Y — says": the name and its description together.
 */
function appositive(analysis: Analysis, comma: number, floor: number): Range | null {
  const { lower, words } = analysis.tokens;
  const mark = lower[comma] ?? ",";
  {
    // "Trump, speaking to veterans, said": the aside is not part of the speaker.
    let open = comma - 1;
    while (
      open > floor &&
      comma - open < 25 &&
      lower[open] !== mark &&
      !/^[.;:!?“”"]$/.test(words[open] ?? "")
    )
      open--;
    if (
      lower[open] === mark &&
      open < comma - 1 &&
      parenthetical(lower[open + 1] ?? "", lower[open + 2] ?? "")
    ) {
      if (!isSpeakerHead(analysis, open - 1)) return null;
      return phraseEndingAt(analysis, open - 1, floor);
    }
  }
  let end = comma;
  // Up to three descriptions may stand between the name and the cue ("Name, 59, of Ashton, said").
  for (let segment = 0; segment < 3; segment++) {
    let open = end - 1;
    while (open > floor && end - open < 25 && lower[open] !== mark && !/^[.;:!?“”"]$/.test(words[open] ?? ""))
      open--;
    if (lower[open] !== mark || open === end - 1 || !describes(analysis, { first: open + 1, last: end }))
      return null;
    const inner: Range = { first: open + 1, last: comma };
    // "The pollster, Douglas Schoen, says", "Bloomberg's pollster, Douglas Schoen, says": a common
    // noun phrase with the name in apposition.
    if (
      segment === 0 &&
      inner.last - inner.first <= 4 &&
      allNames(analysis, inner) &&
      !isSpeakerHead(analysis, open - 1)
    ) {
      const title = determinerPhrase(analysis, open - 1, floor, false);
      if (title) return { first: title.first, last: comma };
    }
    if (isSpeakerHead(analysis, open - 1) && !pronouns.has(lower[open - 1] ?? "")) {
      const first = phraseEndingAt(analysis, open - 1, floor);
      // "A senior official, who asked not to be named, said": a relative clause describes any head.
      const relative = segment === 0 && /^(?:who|whose)$/.test(lower[open + 1] ?? "");
      if (
        allNames(analysis, first) ||
        relative ||
        (segment === 0 &&
          inner.last - inner.first <= 4 &&
          allNames(analysis, inner) &&
          (describes(analysis, first) || /^(?:his|her|their|its)$/.test(lower[first.first] ?? "")))
      ) {
        return { first: relative ? namedBefore(analysis, first, mark, floor) : first.first, last: comma };
      }
    }
    end = open;
  }
  return null;
}

/**
 * "Paul Porter, a truck driver from Ava, who is …": the description before the relative clause is
 * itself in apposition to a name, which opens the speaker phrase. Returns the first token.
 */
function namedBefore(analysis: Analysis, head: Range, mark: string, floor: number): number {
  const { lower } = analysis.tokens;
  const description = growSubject(analysis, head, floor);
  const comma = description.first - 1;
  if (lower[comma] !== mark || !/^(?:a|an|the)$/.test(lower[description.first] ?? "")) return head.first;
  if (!isSpeakerHead(analysis, comma - 1) || pronouns.has(lower[comma - 1] ?? "")) return head.first;
  const name = phraseEndingAt(analysis, comma - 1, floor);
  return allNames(analysis, name) ? name.first : head.first;
}

/** "Trump, speaking to veterans, said": an aside opened by a participle or preposition. */
function parenthetical(opener: string, next = ""): boolean {
  return (
    /ing$/.test(opener) ||
    // "Mary Susan, clad in a red cape, said", "Trump, flanked by aides, said".
    opener === "clad" ||
    (/ed$/.test(opener) && /^(?:in|by|with|about|at)$/.test(next)) ||
    /^(?:at|in|on|during|after|before|speaking|asked|with|for|like|as|then|however|too|also|though|meanwhile)$/.test(
      opener,
    )
  );
}

/** "generally praised", "flatly denied": an -ly adverb between speaker and cue. */
function isAdverb(word: string): boolean {
  return word.length >= 5 && word.endsWith("ly") && /^[a-z]+$/.test(word) && !NOT_ADVERBS.has(word);
}

/**
 * "Officials who spoke with reporters said", "Groups that monitor the war say": a subject relative
 * clause without commas belongs to the speaker phrase; the clause must open with its verb ("who
 * spoke"), not a subject of its own ("the man who Trump said"), and hold no punctuation.
 */
function restrictiveRelative(analysis: Analysis, last: number, floor: number): Range | null {
  const { lower, words, cap } = analysis.tokens;
  for (let k = last - 1; k > floor && last - k <= MAX_RELATIVE; k--) {
    const word = lower[k] ?? "";
    if (!WORDLIKE.test(words[k] ?? "")) return null;
    if (word !== "who" && word !== "that") continue;
    const next = lower[k + 1] ?? "";
    if (cap[k + 1] || pronouns.has(next) || determiners.has(next)) return null;
    if (!isSpeakerHead(analysis, k - 1) || pronouns.has(lower[k - 1] ?? "")) return null;
    return { first: phraseEndingAt(analysis, k - 1, floor).first, last: last + 1 };
  }
  return null;
}
