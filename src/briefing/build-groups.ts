import { compareCodes } from "../text/compare-codes.js";
import type { Bounded, BriefingClaim, BriefingGroup, BriefingSpeaker } from "./briefing.js";
import { briefingLimits } from "./briefing-limits.js";
import { sideTitle } from "./describe-speaker.js";
import type { CanonicalSpeaker, MergedClaim } from "./group-claims.js";

/** Media, unnamed and unresolved sources are not a party to the story: they get their own group. */
const unattributedKinds = new Set(["media", "unnamed", "unresolved"]);

const speakerLimits = {
  side: briefingLimits.speakersPerGroup,
  other: briefingLimits.otherSpeakers,
  unattributed: briefingLimits.unattributedSpeakers,
} as const;

/**
 * Who claims what: speakers grouped by the side the gazetteer gave them (never guessed), then
 * "Other" for speakers without a side, then "Unattributed / media". Within a group, speakers in
 * a dispute come first, then those carried by more outlets; within a speaker, claims score their
 * outlets plus weight for denials, confirmations and shown disputes (`claimScore`), then the newest.
 */
export function buildGroups(
  speakers: CanonicalSpeaker[],
  disputed: Set<MergedClaim>,
): Bounded<BriefingGroup> {
  const groups = new Map<string, { group: Omit<BriefingGroup, "speakers">; members: CanonicalSpeaker[] }>();
  for (const speaker of speakers) {
    const { kind, side } = speaker.ref;
    const group: Omit<BriefingGroup, "speakers"> = unattributedKinds.has(kind)
      ? { kind: "unattributed", side: null, title: "Unattributed / media" }
      : side === null
        ? { kind: "other", side: null, title: "Other" }
        : { kind: "side", side, title: sideTitle(side) };
    const id = `${group.kind}:${group.side ?? ""}`;
    const entry = groups.get(id);
    if (entry) entry.members.push(speaker);
    else groups.set(id, { group, members: [speaker] });
  }
  const kindOrder = { side: 0, other: 1, unattributed: 2 } as const;
  const ordered = [...groups.values()].sort(
    (a, b) =>
      kindOrder[a.group.kind] - kindOrder[b.group.kind] ||
      weight(b.members) - weight(a.members) ||
      a.group.title.localeCompare(b.group.title),
  );
  const items = ordered.slice(0, briefingLimits.groups).map(({ group, members }) => {
    const limit = speakerLimits[group.kind];
    const keys = new Map(members.map((speaker) => [speaker, speakerSortKey(speaker, disputed)]));
    const ranked = [...members].sort((a, b) => compareSpeakers(keys.get(a), keys.get(b)));
    return {
      ...group,
      speakers: {
        items: ranked.slice(0, limit).map((speaker) => toBriefingSpeaker(speaker, disputed)),
        more: Math.max(0, ranked.length - limit),
      },
    };
  });
  return { items, more: Math.max(0, ordered.length - items.length) };
}

/** A merged claim as the briefing shows it. */
export function toBriefingClaim(claim: MergedClaim, disputed: Set<MergedClaim>): BriefingClaim {
  return {
    stance: claim.stance,
    direct: claim.direct,
    content: claim.content,
    outlet: claim.article.outlet,
    url: claim.article.url,
    publishedAt: claim.article.publishedAt,
    outletCount: claim.outlets.size,
    inDispute: disputed.has(claim),
  };
}

function toBriefingSpeaker(speaker: CanonicalSpeaker, disputed: Set<MergedClaim>): BriefingSpeaker {
  const ranked = [...speaker.claims].sort((a, b) => compareClaims(a, b, disputed));
  const limit = briefingLimits.claimsPerSpeaker;
  return {
    ...speaker.ref,
    key: speaker.speakerKey,
    claims: {
      items: ranked.slice(0, limit).map((claim) => toBriefingClaim(claim, disputed)),
      more: Math.max(0, ranked.length - limit),
    },
  };
}

function compareClaims(a: MergedClaim, b: MergedClaim, disputed: Set<MergedClaim>): number {
  return (
    claimScore(b, disputed) - claimScore(a, disputed) ||
    compareCodes(b.latest, a.latest) ||
    a.content.localeCompare(b.content)
  );
}

/** Outlets that carried the claim, plus weight for being in a shown dispute and for denying or confirming. */
function claimScore(claim: MergedClaim, disputed: Set<MergedClaim>): number {
  return claim.outlets.size + (claim.stance === "asserts" ? 0 : 2) + (disputed.has(claim) ? 3 : 0);
}

interface SpeakerSortKey {
  inDispute: number;
  reach: number;
  claims: number;
  latest: string;
  name: string;
}

/** What speakers are ranked by, computed once per speaker rather than once per comparison. */
function speakerSortKey(speaker: CanonicalSpeaker, disputed: Set<MergedClaim>): SpeakerSortKey {
  return {
    inDispute: Number(speaker.claims.some((claim) => disputed.has(claim))),
    reach: outletReach(speaker),
    claims: speaker.claims.length,
    latest: latest(speaker),
    name: speaker.ref.name,
  };
}

function compareSpeakers(a: SpeakerSortKey | undefined, b: SpeakerSortKey | undefined): number {
  if (a === undefined || b === undefined) return 0;
  return (
    b.inDispute - a.inDispute ||
    b.reach - a.reach ||
    b.claims - a.claims ||
    compareCodes(b.latest, a.latest) ||
    a.name.localeCompare(b.name)
  );
}

function outletReach(speaker: CanonicalSpeaker): number {
  return new Set(speaker.claims.flatMap((claim) => [...claim.outlets])).size;
}

function latest(speaker: CanonicalSpeaker): string {
  let max = "";
  for (const claim of speaker.claims) if (claim.latest > max) max = claim.latest;
  return max;
}

/** How much a group weighs for ordering sides: claims counted once per outlet that carried them. */
function weight(members: CanonicalSpeaker[]): number {
  return members.reduce(
    (sum, speaker) => sum + speaker.claims.reduce((inner, claim) => inner + claim.outlets.size, 0),
    0,
  );
}
