import type { StoredClaim } from "../claims/stored-claim.js";
import type { Bounded, BriefingDispute, BriefingDisputeEntry } from "./briefing.js";
import { briefingLimits } from "./briefing-limits.js";
import { toBriefingClaim } from "./build-groups.js";
import type { CanonicalSpeaker, MergedClaim } from "./group-claims.js";

/** A dispute as src/stories finds it: a question and the stored claims on each side of it. */
export interface DisputeInput {
  /** The question in dispute, as a reader would ask it. */
  question: string;
  /** Claims asserting the disputed thing. */
  asserting: StoredClaim[];
  /** Claims denying it. */
  denying: StoredClaim[];
  /** Claims confirming it. */
  confirming: StoredClaim[];
}

export interface BuiltDisputes {
  /** The disputes to show, bounded. */
  disputes: Bounded<BriefingDispute>;
  /** Merged claims shown in a dispute, so the rest of the briefing can rank them first. */
  disputed: Set<MergedClaim>;
}

/**
 * Turn disputes over stored claims into briefing entries: each stored claim is replaced by the
 * merged claim it belongs to (so five copies of one wire quote are one entry), entries keep the
 * order asserting → denying → confirming, and disputes with more distinct speakers come first.
 */
export function buildDisputes(found: DisputeInput[], speakers: CanonicalSpeaker[]): BuiltDisputes {
  const owner = new Map<string, { speaker: CanonicalSpeaker; claim: MergedClaim }>();
  for (const speaker of speakers) {
    for (const claim of speaker.claims) {
      for (const source of claim.sources)
        owner.set(`${source.articleId}#${source.index}`, { speaker, claim });
    }
  }
  const disputed = new Set<MergedClaim>();
  const built = found.flatMap((dispute) => {
    const seen = new Set<MergedClaim>();
    const entries: { speaker: CanonicalSpeaker; claim: MergedClaim }[] = [];
    for (const stored of [...dispute.asserting, ...dispute.denying, ...dispute.confirming]) {
      const found = owner.get(`${stored.articleId}#${stored.index}`);
      if (found === undefined || seen.has(found.claim)) continue;
      seen.add(found.claim);
      entries.push(found);
    }
    const stances = new Set(entries.map((entry) => entry.claim.stance));
    // A dispute needs both sides in what the briefing can show.
    if (!stances.has("denies") || stances.size < 2) return [];
    const speakerCount = new Set(entries.map((entry) => entry.speaker.key)).size;
    return [{ question: dispute.question, entries, speakerCount }];
  });
  built.sort((a, b) => b.speakerCount - a.speakerCount || b.entries.length - a.entries.length);
  const shown = built.slice(0, briefingLimits.disputes);
  const items = shown.map(({ question, entries }): BriefingDispute => {
    const visible = pickVisible(entries, briefingLimits.disputeEntriesPerSide);
    // Only claims the reader sees in a dispute are ranked first elsewhere.
    for (const entry of visible) disputed.add(entry.claim);
    return {
      question,
      entries: visible.map(
        (entry): BriefingDisputeEntry => ({
          speaker: entry.speaker.ref,
          claim: toBriefingClaim(entry.claim, disputed),
        }),
      ),
      more: entries.length - visible.length,
    };
  });
  return { disputes: { items, more: built.length - shown.length }, disputed };
}

// Why denials twice: a dispute is about what is denied; the second denial is usually the other side's voice.
// Confirmations come last: an assertion says what is in dispute more plainly.
const pickOrder = ["asserts", "denies", "denies", "asserts", "confirms", "confirms"] as const;
const kindRank: Record<string, number> = { person: 0, media: 0, government: 1, organization: 1, group: 1 };

/**
 * Up to `perSide` entries on each side of the dispute (asserting or confirming; denying), one per
 * speaker and stance (their closest claim: entries come closest first from `findDisputes`): per
 * stance the most significant speakers first (named people and outlets before institutions and
 * unnamed sources, then more outlets), taken in `pickOrder` so both sides are always seen; shown
 * asserting → denying → confirming. A speaker's further claims count as "more".
 */
function pickVisible<T extends { speaker: CanonicalSpeaker; claim: MergedClaim }>(
  entries: T[],
  perSide: number,
): T[] {
  const rank = (entry: T) => kindRank[entry.speaker.ref.kind] ?? 2;
  const byStance = new Map<string, T[]>();
  const seenSpeakers = new Set<string>();
  for (const entry of entries) {
    // Why per stance: a speaker who asserts and (elsewhere) denies shows on both sides.
    const key = `${entry.claim.stance}:${entry.speaker.key}`;
    if (seenSpeakers.has(key)) continue;
    seenSpeakers.add(key);
    byStance.set(entry.claim.stance, [...(byStance.get(entry.claim.stance) ?? []), entry]);
  }
  for (const list of byStance.values()) {
    // A stable sort: among equals, the order findDisputes gave (closest first) stands.
    list.sort((a, b) => rank(a) - rank(b) || b.claim.outlets.size - a.claim.outlets.size);
  }
  const chosen = new Set<T>();
  const taken = { denying: 0, asserting: 0 };
  for (let progress = true; progress; ) {
    progress = false;
    for (const stance of pickOrder) {
      const side = stance === "denies" ? "denying" : "asserting";
      if (taken[side] >= perSide) continue;
      const next = byStance.get(stance)?.shift();
      if (next === undefined) continue;
      chosen.add(next);
      taken[side] += 1;
      progress = true;
    }
  }
  const order = { asserts: 0, denies: 1, confirms: 2 } as const;
  return entries
    .filter((entry) => chosen.has(entry))
    .sort((a, b) => order[a.claim.stance] - order[b.claim.stance]);
}
