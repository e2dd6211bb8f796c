import type { Claim } from "./claim.js";
import { coreCues } from "./cue-lexicon.js";
import type { RawClaim } from "./raw-claim.js";
import { pronouns } from "./word-lists.js";

/** What the stance rested on: a cue ("denied"), the content's own words, or its context. */
export type StanceBasis = "cue" | "face" | "context" | "none";

/** What the confidence of a claim is judged from, beyond the claim itself. */
export interface ConfidenceInput {
  /** The claim as found, before its speaker was resolved. */
  raw: RawClaim;
  /** What the stance rested on. */
  basis: StanceBasis;
  /** True when the content holds another speaker's attribution ("X said Peskov denied …"). */
  relayed: boolean;
}

/** Patterns that are no verb cue, with how often they are right (from PolNeAR train, rounded). */
const PATTERN_BASE: Record<string, number> = {
  according: 0.85,
  colon: 0.7,
  epigraph: 0.75,
  frame: 0.55,
  ask: 0.5,
};
const NOMINAL_BASE = 0.65;
/** Wants and allegiances: a view held, rarely a claim made ("wants to win", "endorsed Trump"). */
const VIEWS = new Set([
  "want",
  "seek",
  "support",
  "endorse",
  "back",
  "oppose",
  "plan",
  "expect",
  "hope",
  "pledge",
  "offer",
]);

/**
 * How likely a claim is right (speaker, content and stance together), 0–1: a product of a base
 * for how it was found (a speech verb, "according to", a colon, a noun) and discounts for what is
 * weaker evidence (a pronoun or description standing for the speaker, a fragment for content, a
 * stance read from context, a relayed report). The numbers are rounded rates of right claims per
 * feature on PolNeAR train (checked on dev); see README "Confidence".
 */
export function claimConfidence(claim: Claim, input: ConfidenceInput): number {
  const { raw } = input;
  let score = base(raw);
  score *= speakerFactor(claim);
  score *= contentFactor(claim);
  if (input.basis === "context") score *= 0.85;
  if (input.relayed) score *= 0.6;
  if (raw.document) score *= 0.85;
  // "which officials said will start in May": right often, but no sentence a reader can take alone.
  if (raw.relative) score *= 0.5;
  return Math.round(Math.max(0, Math.min(1, score)) * 100) / 100;
}

function base(raw: RawClaim): number {
  if (raw.followOn) return 0.8;
  const pattern = PATTERN_BASE[raw.lemma];
  if (pattern !== undefined) return pattern;
  if (raw.cueClass === "deny" || raw.cueClass === "confirm") return 0.9;
  if (VIEWS.has(raw.lemma)) return 0.5;
  if (raw.cueClass === "cognitive" || raw.weak) return 0.6;
  if (coreCues.has(raw.lemma)) return 0.92;
  if (/^[a-z]+$/.test(raw.lemma) && raw.lemma.length > 2 && raw.cue.last - raw.cue.first >= 1)
    return NOMINAL_LEMMAS.has(raw.lemma) ? NOMINAL_BASE : 0.8;
  return 0.8;
}

const NOMINAL_LEMMAS = new Set([
  "claim",
  "claims",
  "assertion",
  "statement",
  "argument",
  "allegation",
  "allegations",
  "suggestion",
  "warning",
  "promise",
  "pledge",
  "insistence",
  "contention",
  "belief",
  "view",
  "denial",
  "admission",
  "acknowledgment",
  "acknowledgement",
]);

function speakerFactor(claim: Claim): number {
  const speaker = claim.speaker;
  if (speaker === null) return 0.6;
  if (speaker.kind === "unresolved") return 0.6;
  const written = speaker.text.toLowerCase();
  if (pronouns.has(written) || /^(?:his|her|their|its)$/.test(written)) return speaker.name ? 0.9 : 0.6;
  // "the Vermont senator" standing for Sanders: a description resolved to a name.
  if (/^(?:the|this|that) /.test(written) && speaker.name && !written.includes(speaker.name.toLowerCase()))
    return 0.9;
  if (speaker.kind === "organization" || speaker.kind === "group") return 0.9;
  return 1;
}

function contentFactor(claim: Claim): number {
  const words = countWords(claim.content.text);
  if (claim.direct) return words < 3 ? 0.7 : 1;
  if (words <= 3) return 0.55;
  if (words <= 5) return 0.75;
  if (words <= 10) return 0.9;
  return 0.97;
}

/** Words in a text, counted as runs of non-space characters holding a letter or digit. */
function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code === 32 || code === 10 || code === 9 || code === 13 || code === 160;
    if (space) inWord = false;
    else if (
      !inWord &&
      (code > 127 || (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122))
    ) {
      count++;
      inWord = true;
    }
  }
  return count;
}
