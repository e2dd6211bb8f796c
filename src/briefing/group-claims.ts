import type { Speaker, SpeakerKind, Stance } from "../claims/claim.js";
import type { StoredClaim } from "../claims/stored-claim.js";
import type { StoredArticle } from "../ingest/stored-article.js";
import { mergeSpeakerKeys } from "../stories/merge-speaker-keys.js";
import type { BriefingSpeakerRef } from "./briefing.js";
import { isUsableClaim } from "./claim-filter.js";
import { claimGist, sameGist } from "./claim-gist.js";
import { condenseContent } from "./condense-content.js";
import { describeSpeaker, speakerLine } from "./describe-speaker.js";

/** One claim as carried by one or more articles (same speaker, same stance, same gist). */
export interface MergedClaim {
  /** The stored claims merged here, in input order. */
  sources: StoredClaim[];
  /** The stored claim whose wording is shown. */
  representative: StoredClaim;
  /** Stance shared by all merged claims. */
  stance: Stance;
  /** Whether the shown wording is a verbatim quote. */
  direct: boolean;
  /** Condensed content of the representative wording. */
  content: string;
  /** Article the representative wording comes from. */
  article: StoredArticle;
  /** Distinct outlets that carried the claim. */
  outlets: Set<string>;
  /** Latest publication among the merged claims, ISO. */
  latest: string;
  /** Content words of the shown wording, to recognise the same claim in other words. */
  gist: Set<string>;
}

/** A speaker merged across articles, with their merged claims. */
export interface CanonicalSpeaker {
  /** Grouping key: the stored speaker key, or a marker for unattributed / unidentified sources. */
  key: string;
  /** The stored speaker key, null for unattributed and unidentified sources. */
  speakerKey: string | null;
  /** How the speaker is shown: fullest name, most frequent role, organisation, side and kind. */
  ref: BriefingSpeakerRef;
  /** Their claims, merged across articles, in order of first appearance. */
  claims: MergedClaim[];
}

const unattributedKey = "\u0000unattributed";
const unidentifiedKey = "\u0000unidentified";
// Why a cap: comparing every claim with every other is quadratic; a speaker's distinct points are few.
const maxClustersCompared = 60;

/**
 * Merge claims across articles: speakers by their canonical key (so "Peskov" and "Kremlin
 * spokesman Dmitry Peskov" are one, see `mergeSpeakerKeys`), then each speaker's claims by stance and gist (so a wire
 * story carried by five outlets is one claim with five outlets). Claims whose article is not in
 * `articles` are ignored, and so are claims `isUsableClaim` rejects.
 */
export function groupClaims(claims: StoredClaim[], articles: Map<string, StoredArticle>): CanonicalSpeaker[] {
  const brokenSpeakers = new Map<string, boolean>();
  const shown = new Map<StoredClaim, string>();
  const relevant: StoredClaim[] = [];
  // Wire copies repeat the same wording across outlets: each wording is condensed once.
  const condensed = new Map<string, string>();
  for (const claim of claims) {
    if (!articles.has(claim.articleId)) continue;
    const { text } = claim.claim.content;
    const memoKey = `${claim.claim.direct ? "q" : "r"}${text}`;
    let content = condensed.get(memoKey);
    if (content === undefined) {
      content = condenseContent(text, claim.claim.direct);
      condensed.set(memoKey, content);
    }
    // Extractor noise (fragments, broken speakers) never reaches users.
    if (!isUsableClaim(claim.claim, content, brokenSpeakers)) continue;
    shown.set(claim, content);
    relevant.push(claim);
  }
  // "Peskov" in one article and "Dmitry Peskov" in another are one speaker.
  const canonical = mergeSpeakerKeys(
    relevant.flatMap((claim) => (claim.speakerKey === null ? [] : [claim.speakerKey])),
  );
  const bySpeaker = new Map<string, StoredClaim[]>();
  for (const claim of relevant) {
    const raw = keyOf(claim);
    const key = canonical.get(raw) ?? raw;
    const list = bySpeaker.get(key);
    if (list) list.push(claim);
    else bySpeaker.set(key, [claim]);
  }
  return [...bySpeaker].map(([key, list]) => ({
    key,
    speakerKey: key.startsWith("\u0000") ? null : key,
    ref: canonicalRef(list.map((claim) => claim.claim.speaker)),
    claims: mergeClaims(list, articles, shown),
  }));
}

/** The grouping key of a stored claim (see `CanonicalSpeaker.key`). */
export function keyOf(claim: StoredClaim): string {
  const speaker = claim.claim.speaker;
  if (speaker === null) return unattributedKey;
  // Unidentified sources are only merged when they carry the same role and organisation.
  if (speaker.kind === "unresolved" || !speaker.name)
    return `${unidentifiedKey}:${speaker.role ?? ""}|${speaker.org ?? ""}`;
  return claim.speakerKey ?? speaker.name.toLowerCase();
}

function mergeClaims(
  claims: StoredClaim[],
  articles: Map<string, StoredArticle>,
  shown: Map<StoredClaim, string>,
): MergedClaim[] {
  const merged: MergedClaim[] = [];
  const gists = new Map<string, Set<string>>();
  for (const stored of claims) {
    const article = articles.get(stored.articleId);
    if (article === undefined) continue;
    const content = shown.get(stored) ?? "";
    // Gists are only read, never changed, so one wording's gist can be shared.
    let gist = gists.get(content);
    if (gist === undefined) {
      gist = claimGist(content);
      gists.set(content, gist);
    }
    let match: MergedClaim | undefined;
    for (let index = 0; index < merged.length && index < maxClustersCompared; index += 1) {
      const candidate = merged[index] as MergedClaim;
      if (candidate.stance === stored.stance && sameGist(candidate.gist, gist)) {
        match = candidate;
        break;
      }
    }
    if (match === undefined) {
      merged.push({
        sources: [stored],
        representative: stored,
        stance: stored.stance,
        direct: stored.claim.direct,
        content,
        article,
        outlets: new Set([article.outlet]),
        latest: article.publishedAt,
        gist,
      });
      continue;
    }
    match.sources.push(stored);
    match.outlets.add(article.outlet);
    if (article.publishedAt > match.latest) match.latest = article.publishedAt;
    // Show the earliest wording, but a verbatim quote beats a paraphrase of it.
    const better =
      (stored.claim.direct && !match.direct) ||
      (stored.claim.direct === match.direct && article.publishedAt < match.article.publishedAt);
    if (better)
      Object.assign(match, { representative: stored, direct: stored.claim.direct, content, article, gist });
  }
  return merged;
}

/** The fullest name seen, and the most frequent role, organisation, side and kind. */
function canonicalRef(speakers: (Speaker | null)[]): BriefingSpeakerRef {
  const present = speakers.filter((speaker): speaker is Speaker => speaker !== null);
  const first = present[0];
  if (first === undefined) return describeSpeaker(null);
  if (first.kind === "unresolved" || !first.name) return describeSpeaker({ ...first, kind: "unresolved" });
  const name =
    mostFrequent(
      present.map((speaker) => speaker.name),
      (value) => value.split(" ").length,
    ) ?? first.name;
  const ref = {
    name,
    role: mostFrequent(present.map((speaker) => speaker.role)),
    org: mostFrequent(present.map((speaker) => speaker.org)),
    side: mostFrequent(present.map((speaker) => speaker.side)),
    kind: mostFrequent<SpeakerKind>(present.map((speaker) => speaker.kind)) ?? first.kind,
  };
  return { ...ref, line: speakerLine(ref) };
}

/** Most frequent non-null value; ties go to the higher `weight`, then to the first seen. */
function mostFrequent<T extends string>(
  values: (T | null)[],
  weight: (value: T) => number = () => 0,
): T | null {
  const counts = new Map<T, number>();
  for (const value of values)
    if (value !== null && value !== "") counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: T | null = null;
  let bestScore = -1;
  for (const [value, count] of counts) {
    const score = weight(value) * 1000 + count;
    if (score > bestScore) {
      best = value;
      bestScore = score;
    }
  }
  return best;
}
