import type { TimeWindow } from "../briefing/time-window.js";
import type { StoredClaim } from "../claims/stored-claim.js";
import { compareCodes } from "../text/compare-codes.js";
import { type ClaimProposition, claimProposition, type DeniedObject } from "./claim-proposition.js";
import { disputeQuestion } from "./dispute-question.js";

/** An assertion and a denial of the same thing by different speakers, shown side by side. */
export interface Dispute {
  /** Short human question: "Does a draft plan exist?", "Territorial concessions?". */
  question: string;
  /** Stem of the disputed thing ("plan"), stable across runs; "claim:<article id>:<index>" when the denial names no thing. */
  subject: string;
  /** Claims that assert it, closest to the denied thing first (shared modifiers), then oldest. */
  asserting: StoredClaim[];
  /** Claims that deny it, oldest first. */
  denying: StoredClaim[];
  /** Claims that confirm it, in the same order as `asserting`. */
  confirming: StoredClaim[];
}

interface Analysed {
  stored: StoredClaim;
  proposition: ClaimProposition;
}

interface Seed {
  /** Position among the seeds: ties between equally good points go to the earlier one. */
  order: number;
  /** Stem of the denied thing; "" for a denial that names no thing. */
  subject: string;
  /** Whether the denials deny that the thing exists (or is known, received, discussed). */
  existence: boolean;
  denials: Analysed[];
  objects: DeniedObject[];
  /** Heads of its denied objects: an assertion must name one of them specifically. */
  heads: Set<string>;
  /** Modifiers of its denied objects ("draft"). */
  modifiers: Set<string>;
  /** Content stems of all its denials. */
  terms: Set<string>;
  /** Speaker keys of its denials: a speaker never disputes themself. */
  deniers: Set<string | null>;
  supporters: { claim: Analysed; score: number }[];
}

// A denial that names no thing is linked to an assertion only when they say nearly the same words.
const fallbackOverlap = 0.6;
const fallbackMinShared = 3;
// "Should Washington really have such a plan, …", "If a plan exists, …": a condition asserts nothing.
const conditional = /^\s*["“]?(?:if|should|were|unless|whether)\b/iu;

/**
 * Finds disputed points among claims (pass the claims of one briefing window).
 *
 * How: a denial names what it denies, the noun phrase after its negator ("no such *plan*", "any
 * draft *plan*", "any territorial *concessions*", "the points of any new *plan*"); its last word,
 * crudely stemmed, is the disputed thing, and denials of the same thing (and, for denials of
 * existence, the same framing) form one point. Denials that name each other's things ("giving up
 * *territory*" and "any *territorial* concessions") are one point too. An assertion or confirmation
 * joins the point when it comes from a speaker who denies that thing nowhere, names it
 * specifically ("drafted a plan", not "all possible plans"), is neither negated nor a condition
 * ("Should Washington have such a plan, …"), and fits no other point better. A point
 * is a dispute only when both sides have a claim. A denial that names no thing ("denied that
 * Moscow received the document") is matched on content words instead, and only when the assertion
 * says nearly the same: three shared words and most of its own.
 */
export function findDisputes(claims: StoredClaim[], options: { window?: TimeWindow } = {}): Dispute[] {
  const analysed: Analysed[] = [];
  for (const stored of claims) {
    if (!withinWindow(stored, options.window)) continue;
    // Only denials need their object parsed; only non-denials that are not negated can support.
    if (stored.stance !== "denies" && stored.claim.negated) continue;
    analysed.push({
      stored,
      proposition: claimProposition(stored.claim.content.text, stored.stance === "denies"),
    });
  }
  const seeds = seedDisputes(analysed.filter((item) => item.stored.stance === "denies"));
  const deniersOf = denierIndex(seeds);
  const byTerm = seedIndex(seeds);
  for (const candidate of analysed) {
    if (candidate.stored.stance === "denies" || conditional.test(candidate.stored.claim.content.text))
      continue;
    let best: { seed: Seed; score: number } | undefined;
    // Why an index: only seeds that share a word with the claim can score; scoring every seed
    // against every claim was most of the cost.
    const reachable = new Set<Seed>();
    for (const term of candidate.proposition.terms)
      for (const seed of byTerm.get(term) ?? []) reachable.add(seed);
    for (const seed of reachable) {
      const score = supportScore(seed, candidate, deniersOf);
      if (
        score > 0 &&
        (!best || score > best.score || (score === best.score && seed.order < best.seed.order))
      )
        best = { seed, score };
    }
    best?.seed.supporters.push({ claim: candidate, score: best.score });
  }
  return seeds
    .filter((seed) => seed.supporters.length > 0)
    .map(toDispute)
    .sort((a, b) => size(b) - size(a) || compareCodes(earliest(a), earliest(b)));
}

function withinWindow(claim: StoredClaim, window: TimeWindow | undefined): boolean {
  return !window || (claim.publishedAt >= window.since && claim.publishedAt < window.until);
}

function seedDisputes(denials: Analysed[]): Seed[] {
  const byKey = new Map<string, Seed>();
  const seeds: Seed[] = [];
  for (const denial of denials) {
    const object = denial.proposition.denied;
    const key = object ? `${object.head}|${object.existence}` : `#${seeds.length}`;
    let seed = byKey.get(key);
    if (!seed) {
      seed = {
        order: seeds.length,
        subject: object?.head ?? "",
        existence: object?.existence ?? false,
        denials: [],
        objects: [],
        heads: new Set(),
        modifiers: new Set(),
        terms: new Set(),
        deniers: new Set(),
        supporters: [],
      };
      seeds.push(seed);
      byKey.set(key, seed);
    }
    addDenial(seed, denial);
  }
  return mergeRelated(seeds);
}

function addDenial(seed: Seed, denial: Analysed): void {
  seed.denials.push(denial);
  seed.deniers.add(denial.stored.speakerKey);
  const object = denial.proposition.denied;
  if (object) {
    seed.objects.push(object);
    seed.heads.add(object.head);
    for (const modifier of object.modifiers) if (modifier !== object.head) seed.modifiers.add(modifier);
  }
  for (const term of denial.proposition.terms) seed.terms.add(term);
}

/** Joins points whose denials name each other's thing ("territorial concessions", "giving up territory"). */
function mergeRelated(seeds: Seed[]): Seed[] {
  const kept: Seed[] = [];
  for (const seed of seeds) {
    const related =
      seed.subject === ""
        ? undefined
        : kept.find(
            (other) =>
              other.subject !== "" &&
              other.existence === seed.existence &&
              ([...seed.heads].some((head) => other.modifiers.has(head)) ||
                [...other.heads].some((head) => seed.modifiers.has(head))),
          );
    if (related === undefined) kept.push(seed);
    else for (const denial of seed.denials) addDenial(related, denial);
  }
  return kept;
}

/** Seeds by the words a supporting claim must share with them: heads for named things, any content word otherwise. */
function seedIndex(seeds: Seed[]): Map<string, Seed[]> {
  const index = new Map<string, Seed[]>();
  for (const seed of seeds) {
    for (const term of seed.subject === "" ? seed.terms : seed.heads) {
      const list = index.get(term);
      if (list === undefined) index.set(term, [seed]);
      else list.push(seed);
    }
  }
  return index;
}

/** Per denied thing, the speakers who deny it in any point: they never assert it elsewhere. */
function denierIndex(seeds: Seed[]): Map<string, Set<string | null>> {
  const index = new Map<string, Set<string | null>>();
  for (const seed of seeds) {
    for (const head of seed.heads) {
      const deniers = index.get(head) ?? new Set<string | null>();
      for (const denier of seed.deniers) deniers.add(denier);
      index.set(head, deniers);
    }
  }
  return index;
}

/** How strongly a claim supports the thing a seed's denials deny; 0 when it does not. */
function supportScore(seed: Seed, candidate: Analysed, deniersOf: Map<string, Set<string | null>>): number {
  const speaker = candidate.stored.speakerKey;
  if (speaker !== null && seed.deniers.has(speaker)) return 0;
  for (const head of seed.heads) if (speaker !== null && deniersOf.get(head)?.has(speaker)) return 0;
  const { specific, terms } = candidate.proposition;
  let sharedTerms = 0;
  let sharedModifiers = 0;
  for (const term of terms) {
    if (seed.terms.has(term)) sharedTerms += 1;
    if (seed.modifiers.has(term)) sharedModifiers += 1;
  }
  if (seed.subject !== "") {
    let named = false;
    for (const head of seed.heads) if (specific.has(head)) named = true;
    if (!named) return 0;
    // A denial of existence is the stronger reading when a claim simply names the thing.
    return 1 + (seed.existence ? 0.5 : 0) + 0.5 * sharedModifiers + 0.1 * sharedTerms;
  }
  const own = seed.terms.size;
  if (sharedTerms < fallbackMinShared || sharedTerms < own * fallbackOverlap) return 0;
  return sharedTerms / own;
}

function toDispute(seed: Seed): Dispute {
  // Closest to the denied thing first (shared modifiers such as "draft"), then oldest.
  const supporters = [...seed.supporters]
    .sort((a, b) => b.score - a.score || compareTime(a.claim.stored, b.claim.stored))
    .map((supporter) => supporter.claim.stored);
  const supportTerms = new Set(
    seed.supporters.flatMap((supporter) => [...supporter.claim.proposition.terms]),
  );
  const first = seed.denials[0]?.stored;
  return {
    question: disputeQuestion(seed.objects, supportTerms, first?.claim.content.text ?? ""),
    subject: seed.subject === "" ? `claim:${first?.articleId ?? ""}:${first?.index ?? 0}` : seed.subject,
    asserting: supporters.filter((claim) => claim.stance === "asserts"),
    denying: [...seed.denials.map((denial) => denial.stored)].sort(compareTime),
    confirming: supporters.filter((claim) => claim.stance === "confirms"),
  };
}

function compareTime(a: StoredClaim, b: StoredClaim): number {
  return (
    compareCodes(a.publishedAt, b.publishedAt) || compareCodes(a.articleId, b.articleId) || a.index - b.index
  );
}

function size(dispute: Dispute): number {
  return dispute.asserting.length + dispute.denying.length + dispute.confirming.length;
}

function earliest(dispute: Dispute): string {
  let first = "";
  for (const claim of [...dispute.asserting, ...dispute.denying, ...dispute.confirming])
    if (first === "" || claim.publishedAt < first) first = claim.publishedAt;
  return first;
}
