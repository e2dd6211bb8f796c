import type { Claim, Speaker } from "../claims/claim.js";
import { shownConfidence } from "../claims/confidence-threshold.js";

/**
 * Words a complete clause never starts with: a content opening with a conjunction, preposition or
 * auxiliary ("should remain the starting point") was cut from its sentence or lost its subject.
 */
const fragmentOpeners = new Set(
  `and but or nor so yet because although though while whereas if unless since as than whether which
  who whom whose what when where how why of in on at by for from with without to into onto about after
  before during over under between through against across per via among including like outside inside
  near beyond despite amid around behind along is are was were has have had will would shall should
  can could may might must`.split(/\s+/),
);
const wordPattern = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
/** Openers that start a full clause all the same: "At least 25 people …", "In return, Ukraine …". */
const introductory = /^(?:at (?:least|most)\b|(?:\S+\s+){0,3}?\S+,\s)/iu;
/** Forms that make a short clause a statement ("Russia feels …", "it is …"). */
const verbLike =
  /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|must|may|might|does|do|did|\p{L}+(?:ed|es|ing))$/u;
const pronounOpeners = new Set(
  "his her its their our my your he she it they we every each this that these those any no".split(" "),
);
/** Lower-case one-word sources that are institutions ("the administration"), not stray nouns ("attack"). */
const institutions = new Set(
  `administration government ministry military police army office embassy kremlin parliament cabinet
  council court prosecutors officials authorities presidency spokesperson spokesman spokeswoman`.split(/\s+/),
);
const functionEndings = new Set("of in on at by for from with to and or the a an".split(" "));

/**
 * Whether a claim may be shown: extractor noise is dropped rather than shown to users. Dropped: a
 * question (`claim.question`); a claim whose confidence is below `shownConfidence`;
 * content (as shown, already condensed) under three words, or exactly three words for an
 * assertion (a denial or confirmation of a thing, "any territorial concessions", reads as a
 * whole); content starting with a conjunction, preposition or auxiliary ("in its latest update", "of a
 * secret draft"), unless an introductory phrase ("At least …", "In return, …") opens a full clause; a short assertion with no verb ("Any proposals from Washington"); and a claim whose
 * speaker looks broken (see `brokenSpeaker`). A missing speaker is not broken: it is shown as
 * unattributed, never guessed. `verdicts` memoises speaker checks across calls.
 */
export function isUsableClaim(claim: Claim, shown: string, verdicts?: Map<string, boolean>): boolean {
  // A question asks, it claims nothing; a claim below the threshold is too likely wrong to show.
  // Claims stored before confidence existed carry none and are judged as before.
  if (claim.question === true) return false;
  if (claim.confidence !== undefined && claim.confidence < shownConfidence) return false;
  // Only the first few words matter.
  const words: string[] = [];
  wordPattern.lastIndex = 0;
  for (
    let match = wordPattern.exec(shown);
    match !== null && words.length < 6;
    match = wordPattern.exec(shown)
  )
    words.push(match[0]);
  const first = words[0]?.toLowerCase() ?? "";
  if (words.length < 3 || (words.length === 3 && claim.stance === "asserts")) return false;
  if (fragmentOpeners.has(first) && !introductory.test(shown)) return false;
  if (claim.stance === "asserts" && !claim.direct && words.length <= 4) {
    if (!words.some((word) => verbLike.test(word.toLowerCase()))) return false;
  }
  const speaker = claim.speaker;
  if (speaker === null) return true;
  if (verdicts === undefined) return !brokenSpeaker(speaker);
  // The same few speakers recur across a window's claims: each is judged once.
  const key = `${speaker.kind}|${speaker.name}|${speaker.role}|${speaker.org}|${speaker.side}`;
  let broken = verdicts.get(key);
  if (broken === undefined) {
    broken = brokenSpeaker(speaker);
    verdicts.set(key, broken);
  }
  return !broken;
}

/**
 * A speaker the extractor got wrong: a name, role or organisation that ends in a function word or
 * a possessive ("European diplomats in", "draft of Washington’s"), starts with a pronoun or
 * determiner ("his office": whose?; "every strike of this kind"), or names a publication rather than
 * a source ("details published by several outlets"); a non-person that is one lower-case word and no
 * institution ("attack"); or a person known only by one word with no role, organisation or side,
 * which is how a stray capitalised word looks.
 */
export function brokenSpeaker(speaker: Speaker): boolean {
  for (const part of [speaker.name, speaker.role, speaker.org]) {
    if (part === null) continue;
    const words = part.trim().split(/\s+/u);
    const last = words[words.length - 1]?.toLowerCase() ?? "";
    if (functionEndings.has(last) || /['’]s?$/u.test(last)) return true;
    if (pronounOpeners.has(words[0]?.toLowerCase() ?? "")) return true;
    if (part.includes(" by ") && /\b(?:published|reported|cited|quoted)\s+by\b/iu.test(part)) return true;
  }
  const named = speaker.name ?? "";
  if (speaker.kind !== "person" && /^\p{Ll}+$/u.test(named) && !institutions.has(named)) return true;
  return (
    speaker.kind === "person" &&
    !/\s/u.test(named.trim()) &&
    named !== "" &&
    speaker.role === null &&
    speaker.org === null &&
    speaker.side === null
  );
}
