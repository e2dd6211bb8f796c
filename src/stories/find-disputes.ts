import type { StoredClaim, TimeWindow } from "../store/store.js";
import { type ClaimProposition, claimProposition, type DeniedObject } from "./claim-proposition.js";
import { disputeQuestion } from "./dispute-question.js";

/** An assertion and a denial of the same thing by different speakers, shown side by side. */
export interface Dispute {
  /** Short human label: "Does a draft plan exist?", "Disputed: concessions". */
  question: string;
  /** Stem of the disputed thing ("plan"), stable across runs; "claim:<article id>:<index>" when the denial names no thing. */
  subject: string;
  /** Claims that assert it, oldest first. */
  asserting: StoredClaim[];
  /** Claims that deny it, oldest first. */
  denying: StoredClaim[];
  /** Claims that confirm it, oldest first. */
  confirming: StoredClaim[];
}

interface Analysed {
  stored: StoredClaim;
  proposition: ClaimProposition;
}

interface Seed {
  subject: string;
  denials: Analysed[];
  objects: DeniedObject[];
  /** Content stems of all its denials, for tie-breaking between seeds. */
  terms: Set<string>;
  supporters: { claim: Analysed; score: number }[];
}

const fallbackOverlap = 0.5;
const fallbackMinShared = 2;

/**
 * Finds disputed points among claims (pass the claims of one briefing window).
 *
 * How: a denial names what it denies, the noun phrase after its negator ("no such *plan*", "any
 * draft *plan*", "any such *concessions*"); its last word, crudely stemmed, is the disputed thing,
 * and denials of the same thing form one dispute. An assertion or confirmation joins it when it
 * comes from a speaker who is not among the deniers and mentions that thing specifically ("drafted
 * a plan", not "all possible plans"), is not itself negated, and fits no other dispute better
 * (shared modifiers such as "draft" and shared content words break ties). A dispute is reported
 * only when both sides have a claim. A denial whose content has no negated phrase ("denied that
 * Moscow received it") is matched on content words instead: at least two shared and half of its own.
 */
export function findDisputes(claims: StoredClaim[], options: { window?: TimeWindow } = {}): Dispute[] {
  const inWindow = claims.filter((claim) => withinWindow(claim, options.window));
  const analysed = inWindow.map(
    (stored): Analysed => ({
      stored,
      proposition: claimProposition(stored.claim.content.text, stored.stance === "denies"),
    }),
  );
  const seeds = seedDisputes(analysed.filter((item) => item.stored.stance === "denies"));
  for (const candidate of analysed) {
    if (candidate.stored.stance === "denies" || candidate.stored.claim.negated) continue;
    let best: { seed: Seed; score: number } | undefined;
    for (const seed of seeds) {
      const score = supportScore(seed, candidate);
      if (score > 0 && (!best || score > best.score)) best = { seed, score };
    }
    best?.seed.supporters.push({ claim: candidate, score: best.score });
  }
  return seeds
    .filter((seed) => seed.supporters.length > 0)
    .map(toDispute)
    .sort((a, b) => size(b) - size(a) || earliest(a).localeCompare(earliest(b)));
}

function withinWindow(claim: StoredClaim, window: TimeWindow | undefined): boolean {
  return !window || (claim.publishedAt >= window.since && claim.publishedAt < window.until);
}

function seedDisputes(denials: Analysed[]): Seed[] {
  const byHead = new Map<string, Seed>();
  const seeds: Seed[] = [];
  for (const denial of denials) {
    const object = denial.proposition.denied;
    const key = object ? object.head : `#${seeds.length}`;
    let seed = object ? byHead.get(key) : undefined;
    if (!seed) {
      seed = { subject: object?.head ?? "", denials: [], objects: [], terms: new Set(), supporters: [] };
      seeds.push(seed);
      if (object) byHead.set(key, seed);
    }
    seed.denials.push(denial);
    if (object) seed.objects.push(object);
    for (const term of denial.proposition.terms) seed.terms.add(term);
  }
  return seeds;
}

/** How strongly a claim supports the thing a seed's denials deny; 0 when it does not. */
function supportScore(seed: Seed, candidate: Analysed): number {
  const speaker = candidate.stored.speakerKey;
  if (speaker !== null && seed.denials.some((denial) => denial.stored.speakerKey === speaker)) return 0;
  const { specific, terms } = candidate.proposition;
  const sharedTerms = [...terms].filter((term) => seed.terms.has(term)).length;
  if (seed.subject !== "") {
    if (!specific.has(seed.subject)) return 0;
    const modifiers = new Set(seed.objects.flatMap((object) => object.modifiers));
    const sharedModifiers = [...modifiers].filter((modifier) => terms.has(modifier)).length;
    return 1 + 0.5 * sharedModifiers + 0.1 * sharedTerms;
  }
  const own = seed.terms.size;
  if (sharedTerms < fallbackMinShared || sharedTerms < own * fallbackOverlap) return 0;
  return sharedTerms / own;
}

function toDispute(seed: Seed): Dispute {
  const supporters = seed.supporters.map((supporter) => supporter.claim.stored);
  const supportTerms = new Set(
    seed.supporters.flatMap((supporter) => [...supporter.claim.proposition.terms]),
  );
  const first = seed.denials[0]?.stored;
  return {
    question: disputeQuestion(seed.objects, supportTerms, first?.claim.content.text ?? ""),
    subject: seed.subject === "" ? `claim:${first?.articleId ?? ""}:${first?.index ?? 0}` : seed.subject,
    asserting: chronological(supporters.filter((claim) => claim.stance === "asserts")),
    denying: chronological(seed.denials.map((denial) => denial.stored)),
    confirming: chronological(supporters.filter((claim) => claim.stance === "confirms")),
  };
}

function chronological(claims: StoredClaim[]): StoredClaim[] {
  return [...claims].sort(
    (a, b) =>
      a.publishedAt.localeCompare(b.publishedAt) ||
      a.articleId.localeCompare(b.articleId) ||
      a.index - b.index,
  );
}

function size(dispute: Dispute): number {
  return dispute.asserting.length + dispute.denying.length + dispute.confirming.length;
}

function earliest(dispute: Dispute): string {
  const first = [...dispute.asserting, ...dispute.denying, ...dispute.confirming].map(
    (claim) => claim.publishedAt,
  );
  return first.sort()[0] ?? "";
}
