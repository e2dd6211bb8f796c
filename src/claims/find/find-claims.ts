import type { Analysis } from "../analyze-text.js";
import { bareCueForms, type CueEntry, cueLexicon } from "../cue-lexicon.js";
import type { RawClaim } from "../raw-claim.js";
import type { Sentence } from "../segment-sentences.js";
import { wordSet } from "../word-lists.js";
import { accordingClaim } from "./according-claim.js";
import { askedClaim } from "./asked-claim.js";
import { colonClaim } from "./colon-claim.js";
import { epigraphClaim } from "./epigraph-claim.js";
import { frameClaim } from "./frame-claim.js";
import { nominalClaim, nominalCues } from "./nominal-claim.js";
import { verbClaim } from "./verb-claim.js";

export type { RawClaim } from "../raw-claim.js";

/** Cue forms that are mostly plural nouns ("media reports said", "his remarks drew"). */
const NOUN_PLURALS = wordSet(`
  reports claims statements comments remarks posts tweets notes warnings calls demands promises pledges
  estimates findings accounts questions answers replies responses threats offers attacks`);
/** Capitalised cue forms that still count in a title-case headline. */
const HEADLINE_CUES = wordSet(
  "says said tells told warns claims denies confirms admits insists urges slams rejects dismisses pledges vows promises accuses blames calls",
);
const DATELINE =
  /^[\p{Lu}][\p{Lu} .,'’-]{1,40},?\s+(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+)?(?:\(\s*[\p{L} .&]+\)\s*)?[-–—]+\s*/u;

/** Find the attributions whose cue lies in one sentence. */
export function findClaimsInSentence(analysis: Analysis, sentenceIndex: number, claims: RawClaim[]): void {
  const sentence = analysis.sentences[sentenceIndex];
  if (!sentence) return;
  const first = skipDateline(analysis, sentence);
  const { lower, cap } = analysis.tokens;
  const startCount = claims.length;
  let titleCase: boolean | null = null;
  colonClaim(analysis, sentenceIndex, first, claims);
  for (let i = first; i < sentence.last; i++) {
    if ((analysis.quoteOf[i] ?? -1) >= 0) continue;
    const word = lower[i] ?? "";
    if (word === "according" && lower[i + 1] === "to") {
      accordingClaim(analysis, sentenceIndex, first, i, claims);
      i++;
      continue;
    }
    if ((word === "―" || word === "—") && epigraphClaim(analysis, sentenceIndex, i, claims)) continue;
    if (word === "asked" && askedClaim(analysis, sentenceIndex, first, i, claims)) continue;
    if (
      nominalCues.has(word) &&
      lower[i + 1] === "that" &&
      nominalClaim(analysis, sentenceIndex, first, i, claims)
    )
      continue;
    const entry = cueLexicon.get(word) ?? bareCue(analysis, i);
    if (!entry) continue;
    // "No wonder the talks stalled": an idiom of the author, nobody wondering.
    if (word === "wonder" && /^(?:no|small)$/.test(lower[i - 1] ?? "")) continue;
    // "Said Ellis: “…”": a sentence opened by the cue names its speaker after it.
    if (cap[i] && !(i === first && (word === "said" || word === "says"))) {
      if (!HEADLINE_CUES.has(word)) continue;
      titleCase ??= isTitleCase(analysis, first, sentence.last);
      if (!titleCase) continue;
    }
    // "Media reports said": the noun reading of the first cue word yields to the verb after it
    // ("acknowledged urging his staff", "said praise from Putin" keep theirs).
    if (NOUN_PLURALS.has(word) && cueLexicon.has(lower[i + 1] ?? "") && !cap[i + 1]) continue;
    verbClaim(analysis, sentenceIndex, first, i, entry, claims, startCount);
  }
  if (claims.length === startCount) frameClaim(analysis, sentenceIndex, first, claims);
}

/** A title-case headline ("Graham Says Trump Could Win"), where a capitalised cue is still a cue. */
function isTitleCase(analysis: Analysis, first: number, last: number): boolean {
  if (last - first < 4 || last - first > 25) return false;
  let words = 0;
  let capitals = 0;
  for (let k = first; k < last; k++) {
    if (!/^\p{L}/u.test(analysis.tokens.words[k] ?? "")) continue;
    words++;
    if (analysis.tokens.cap[k]) capitals++;
  }
  return capitals >= 0.7 * words;
}

function skipDateline(analysis: Analysis, sentence: Sentence): number {
  const { starts } = analysis.tokens;
  const start = starts[sentence.first] ?? 0;
  // Why: a dateline opens with two capitals ("KYIV, Ukraine —"); most sentences never need the regex.
  const second = analysis.text.charCodeAt(start + 1);
  if (second >= 97 && second <= 122) return sentence.first;
  const head = analysis.text.slice(start, start + 80);
  const match = DATELINE.exec(head);
  if (!match) return sentence.first;
  let i = sentence.first;
  while (i < sentence.last && (starts[i] ?? 0) < start + match[0].length) i++;
  return i;
}

const PLURAL_SUBJECTS = wordSet("they we i you others critics");

/** "Critics call it …", "they report …": a bare form is a verb right after a plural subject. */
function bareCue(analysis: Analysis, i: number): CueEntry | undefined {
  const entry = bareCueForms.get(analysis.tokens.lower[i] ?? "");
  if (!entry) return undefined;
  const previous = analysis.tokens.lower[i - 1] ?? "";
  const plural = PLURAL_SUBJECTS.has(previous) || (/[^s']s$/.test(previous) && !analysis.tokens.cap[i - 1]);
  return plural ? entry : undefined;
}
