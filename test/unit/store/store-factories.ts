import type { Claim, Speaker } from "../../../src/claims/claim.js";
import type { StoredClaim } from "../../../src/claims/stored-claim.js";
import type { Article } from "../../../src/ingest/article.js";

/** An article with plausible defaults; every test says what matters to it. */
export function makeArticle(overrides: Partial<Article> & { id: string }): Article {
  return {
    feedId: "feed-1",
    url: `https://news.example/${overrides.id}`,
    title: `Headline ${overrides.id}`,
    text: "Officials discussed the draft plan on Thursday.",
    author: null,
    outlet: "Example News",
    publishedAt: "2025-11-20T10:00:00.000Z",
    dateIsFallback: false,
    fetchedAt: "2025-11-20T10:05:00.000Z",
    ...overrides,
  };
}

export function makeSpeaker(overrides: Partial<Speaker> = {}): Speaker {
  return {
    text: "Kremlin spokesman Dmitry Peskov",
    start: 0,
    end: 31,
    name: "Dmitry Peskov",
    role: "spokesman",
    org: "Kremlin",
    kind: "person",
    side: "Russia",
    ...overrides,
  };
}

export function makeClaim(overrides: Partial<Claim> = {}): Claim {
  return {
    speaker: makeSpeaker(),
    cue: { text: "said", start: 32, end: 36 },
    content: { text: "no such plan is being discussed", start: 37, end: 68 },
    direct: false,
    stance: "denies",
    negated: true,
    ...overrides,
  };
}

/** A stored claim of `articleId` at `index`; speaker key and side follow the claim's speaker. */
export function makeStoredClaim(
  articleId: string,
  index: number,
  overrides: Partial<Omit<StoredClaim, "articleId" | "index">> = {},
): StoredClaim {
  const claim = overrides.claim ?? makeClaim();
  return {
    articleId,
    index,
    speakerKey: claim.speaker?.name?.toLowerCase() ?? null,
    side: claim.speaker?.side ?? null,
    stance: claim.stance,
    publishedAt: "2025-11-20T10:00:00.000Z",
    claim,
    ...overrides,
  };
}
