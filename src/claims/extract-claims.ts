import { type Analysis, analyzeText, rangeSpan } from "./analyze-text.js";
import type { Claim, Speaker } from "./claim.js";
import { claimConfidence } from "./claim-confidence.js";
import { addFollowOns } from "./find/add-follow-ons.js";
import { findClaimsInSentence, type RawClaim } from "./find/find-claims.js";
import { trimContent } from "./find/find-content.js";
import type { Gazetteer } from "./gazetteer.js";
import { loadGazetteer } from "./load-gazetteer.js";
import { consistentSides } from "./speaker/consistent-sides.js";
import { SpeakerResolver, toSpeaker } from "./speaker/resolve-speakers.js";
import { classifyStance, type EarlierClaim } from "./stance/classify-stance.js";

export interface ExtractOptions {
  /** Side gazetteer; config/entities.yaml when omitted. */
  gazetteer?: Gazetteer;
  /** The article's publication date (ISO 8601); gazetteer roles must hold then. Today when omitted. */
  date?: string | undefined;
}

const JOINERS = /^(?:,|;|and|but|while|whereas|—|–)$/;

/**
 * Every attribution in an article: who (speaker), the cue, what is claimed, direct or reported, and
 * the stance. Pure, synchronous and linear in the text length; offsets index into `text`.
 */
export function extractClaims(text: string, options: ExtractOptions = {}): Claim[] {
  if (typeof text !== "string" || text.length === 0) return [];
  // Roles as held on the article's date: the gazetteer's role must have been held then.
  const gazetteer = (options.gazetteer ?? loadGazetteer()).at(options.date ?? new Date().toISOString());
  const analysis = analyzeText(text);
  const found: RawClaim[] = [];
  for (let s = 0; s < analysis.sentences.length; s++) findClaimsInSentence(analysis, s, found);
  splitRunOns(analysis, found);
  const raw = addFollowOns(analysis, dropNestedViews(found));
  const resolver = new SpeakerResolver(analysis, gazetteer);
  const order = raw.map((_, index) => index).sort((a, b) => position(raw, a) - position(raw, b));
  const resolved = new Map<number, Speaker | null>();
  for (const index of order) {
    const claim = raw[index] as RawClaim;
    if (claim.speakerFrom !== null) continue;
    resolved.set(index, claim.speaker ? toSpeaker(resolver.resolve(claim.speaker)) : null);
  }
  const claims: Claim[] = [];
  const earlier: EarlierClaim[] = [];
  const relayedFlags = relayedClaims(raw);
  for (const index of order) {
    const claim = raw[index] as RawClaim;
    const speaker =
      claim.speakerFrom !== null ? (resolved.get(rootOf(raw, index)) ?? null) : (resolved.get(index) ?? null);
    if (claim.content.last <= claim.content.first) continue;
    const content = rangeSpan(analysis, claim.content);
    const spoken = speaker ? (speaker.name ?? speaker.text) : null;
    const input = { ...claim, speaker: spoken };
    const judged = classifyStance(analysis, input, earlier);
    const { negated, question } = judged;
    // "According to X, Peskov denied …": the denial is Peskov's; X only relays it.
    const relayed = relayedFlags[index] === true;
    const stance = relayed ? "asserts" : judged.stance;
    earlier.push({ content: claim.content, sentence: claim.sentence, speaker: spoken, stance, negated });
    // Direct means the content is exactly one quotation; a quoted fragment inside reported speech is not.
    const quote = analysis.quotes[analysis.quoteOf[claim.content.first] ?? -1];
    const direct =
      quote !== undefined && quote.open === claim.content.first && quote.close === claim.content.last - 1;
    const found: Claim = {
      speaker,
      cue: rangeSpan(analysis, claim.cue),
      content,
      direct,
      stance,
      negated,
      question,
    };
    found.confidence = claimConfidence(found, { raw: claim, basis: judged.basis, relayed });
    claims.push(found);
  }
  consistentSides(claims);
  return claims;
}

/**
 * For each raw claim, whether another speaker's denial or confirmation opens its content
 * ("according to X, [Peskov denied …]"): then the outer claim only relays it. Grouped by sentence so a huge text
 * stays linear.
 */
function relayedClaims(raw: RawClaim[]): boolean[] {
  const bySentence = new Map<number, number[]>();
  raw.forEach((claim, index) => {
    const list = bySentence.get(claim.sentence);
    if (list) list.push(index);
    else bySentence.set(claim.sentence, [index]);
  });
  return raw.map((outer, index) => {
    if (outer.followOn || outer.cueClass !== "speech") return false;
    return (bySentence.get(outer.sentence) ?? []).some((other) => {
      const inner = raw[other] as RawClaim;
      return (
        other !== index &&
        inner.speakerFrom === null &&
        inner.speaker !== null &&
        // Only a relayed denial or confirmation changes hands; "X said the two sides agreed …"
        // stays X's report.
        (inner.cueClass === "deny" || inner.cueClass === "confirm") &&
        inner.speaker.first <= outer.content.first + 1 &&
        inner.speaker.first >= outer.content.first &&
        inner.cue.last <= outer.content.last
      );
    });
  });
}

function position(raw: RawClaim[], index: number): number {
  const claim = raw[index] as RawClaim;
  return claim.speakerFrom !== null
    ? claim.content.first
    : Math.min(claim.cue.first, claim.content.first, claim.speaker?.first ?? Number.POSITIVE_INFINITY);
}

function rootOf(raw: RawClaim[], index: number): number {
  let current = index;
  for (let guard = 0; guard < raw.length; guard++) {
    const from = raw[current]?.speakerFrom;
    if (from === null || from === undefined) return current;
    current = from;
  }
  return current;
}

/** "Peskov said A, and Zakharova said B": A's content stops where B's attribution starts. */
function splitRunOns(analysis: Analysis, claims: RawClaim[]): void {
  const { lower } = analysis.tokens;
  for (let a = 0; a < claims.length; a++) {
    const first = claims[a] as RawClaim;
    for (let b = a + 1; b < claims.length; b++) {
      const second = claims[b] as RawClaim;
      if (second.sentence !== first.sentence) break;
      const edge =
        second.speaker && second.speaker.first > first.cue.last ? second.speaker.first : second.cue.first;
      if (edge <= first.content.first || edge >= first.content.last) continue;
      let cut = edge;
      while (cut > first.content.first && JOINERS.test(lower[cut - 1] ?? "")) cut--;
      // "Republicans who have called for sanctions said …": the relative clause is inside the
      // outer speaker's phrase, so its content stops at the outer cue, joiner or not.
      const inside =
        second.speaker !== null &&
        second.speaker.first <= first.cue.first &&
        first.cue.last <= second.speaker.last;
      if (cut === edge && !inside) continue;
      first.content = trimContent(analysis, { first: first.content.first, last: cut });
    }
  }
}

/**
 * "Clinton said she supports a $12 wage": a view reported inside someone's claim is part of that
 * claim's content, not a claim of its own. Returns the kept claims with `speakerFrom` re-indexed.
 */
function dropNestedViews(claims: RawClaim[]): RawClaim[] {
  const referenced = new Set(claims.map((claim) => claim.speakerFrom));
  const drop = claims.map(
    (inner, b) =>
      (inner.cueClass === "cognitive" || inner.weak === true) &&
      !referenced.has(b) &&
      claims.some(
        (outer, a) =>
          a !== b &&
          outer.sentence === inner.sentence &&
          outer.cueClass !== "cognitive" &&
          outer.weak !== true &&
          outer.content.first <= inner.cue.first &&
          inner.cue.last <= outer.content.last,
      ),
  );
  if (!drop.includes(true)) return claims;
  const newIndex: number[] = [];
  const kept: RawClaim[] = [];
  claims.forEach((claim, index) => {
    newIndex[index] = kept.length;
    if (!drop[index]) kept.push(claim);
  });
  return kept.map((claim) =>
    claim.speakerFrom === null ? claim : { ...claim, speakerFrom: newIndex[claim.speakerFrom] ?? null },
  );
}
