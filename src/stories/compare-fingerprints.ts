import type { DecodedFingerprint } from "./decode-fingerprint.js";
import { estimateJaccard } from "./min-hash.js";

/** How alike two articles are, and whether that makes them one story event. */
export interface FingerprintComparison {
  /** Similarity in [0, 1]: the larger of the Jaccard and (where meaningful) containment estimates. */
  score: number;
  /** True when the two are near-duplicates. */
  duplicate: boolean;
  /** Which signature decided: the body shingles, or headline + opening for short texts. */
  basis: "body" | "lead";
}

/** Bodies with fewer 5-word shingles than this (about 20 words) are teasers: compared by their lead. */
const minBodyShingles = 16;
/** Bodies shorter than this (about a paragraph) may be the opening of a longer text: the lead gets a say. */
const shortBodyShingles = 64;
const minLeadPairs = 6;
const bodyJaccard = 0.5;
const leadJaccard = 0.5;
const containmentThreshold = 0.75;
// Containment is derived from a Jaccard estimate; when one set is tiny next to the other that
// estimate is a handful of slots and too noisy to trust.
const minSizeRatio = 0.3;

/**
 * Compares two decoded fingerprints. Long texts: duplicate when the body shingle sets overlap by
 * Jaccard ≥ 0.5, or one is ≥ 75 % contained in the other (a trimmed wire copy). Teasers, and
 * paragraph-long texts the body rule rejects: the same rules on headline + opening word pairs, so
 * a teaser only joins a story whose headline and first lines it shares.
 */
export function compareFingerprints(a: DecodedFingerprint, b: DecodedFingerprint): FingerprintComparison {
  const shorter = Math.min(a.bodyCount, b.bodyCount);
  if (shorter >= minBodyShingles) {
    const score = similarity(estimateJaccard(a.body, b.body), a.bodyCount, b.bodyCount);
    const byBody: FingerprintComparison = {
      score: score.value,
      duplicate: score.jaccard >= bodyJaccard || score.contained,
      basis: "body",
    };
    if (byBody.duplicate || shorter >= shortBodyShingles) return byBody;
    const byLead = compareLeads(a, b);
    return byLead.duplicate ? byLead : byBody;
  }
  return compareLeads(a, b);
}

function compareLeads(a: DecodedFingerprint, b: DecodedFingerprint): FingerprintComparison {
  if (a.leadCount < minLeadPairs || b.leadCount < minLeadPairs)
    return { score: 0, duplicate: false, basis: "lead" };
  const score = similarity(estimateJaccard(a.lead, b.lead), a.leadCount, b.leadCount);
  return { score: score.value, duplicate: score.jaccard >= leadJaccard || score.contained, basis: "lead" };
}

function similarity(jaccard: number, sizeA: number, sizeB: number) {
  const smaller = Math.min(sizeA, sizeB);
  const larger = Math.max(sizeA, sizeB);
  // |A ∩ B| = J·(|A| + |B|) / (1 + J), from J = |A ∩ B| / |A ∪ B|.
  const shared = (jaccard * (sizeA + sizeB)) / (1 + jaccard);
  const containment = smaller === 0 ? 0 : Math.min(1, shared / smaller);
  const trusted = smaller / larger >= minSizeRatio;
  const contained = trusted && containment >= containmentThreshold;
  return { jaccard, contained, value: Math.max(jaccard, trusted ? containment : 0) };
}
