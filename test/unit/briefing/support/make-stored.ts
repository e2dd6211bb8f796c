import type { Claim, Speaker, Stance } from "../../../../src/claims/claim.js";
import type { StoredClaim } from "../../../../src/claims/stored-claim.js";
import type { Article } from "../../../../src/ingest/article.js";
import { speakerKey } from "../../../../src/stories/speaker-key.js";

let counter = 0;

export function makeArticle(overrides: Partial<Article> = {}): Article {
  counter += 1;
  return {
    id: `article-${counter}`,
    feedId: "feed-1",
    url: `https://example.test/a/${counter}`,
    title: "Ceasefire talks in Ruritania",
    text: "Negotiators met again on Monday to discuss a ceasefire in Ruritania. More talks are planned.",
    author: null,
    outlet: "Example Daily",
    publishedAt: "2025-11-20T10:00:00.000Z",
    dateIsFallback: false,
    fetchedAt: "2025-11-20T10:05:00.000Z",
    ...overrides,
  };
}

export function makeSpeakerValue(overrides: Partial<Speaker> = {}): Speaker {
  return {
    text: overrides.name ?? "Anna Example",
    start: 0,
    end: 10,
    name: "Anna Example",
    role: "spokeswoman",
    org: "Foreign Ministry",
    kind: "person",
    side: "Ruritania",
    ...overrides,
  };
}

/** A stored claim as the pipeline would save it, for article `article` at position `index`. */
export function makeStoredClaim(
  article: Article,
  index: number,
  options: { speaker?: Speaker | null; content?: string; stance?: Stance; direct?: boolean } = {},
): StoredClaim {
  const speaker = options.speaker === undefined ? makeSpeakerValue() : options.speaker;
  const stance = options.stance ?? "asserts";
  const content = options.content ?? "talks will continue next week";
  const claim: Claim = {
    speaker,
    cue: { text: stance === "denies" ? "denied" : "said", start: 0, end: 4 },
    content: { text: content, start: 0, end: content.length },
    direct: options.direct ?? false,
    stance,
    negated: false,
  };
  return {
    articleId: article.id,
    index,
    speakerKey: speaker ? speakerKey(speaker) : null,
    side: speaker?.side ?? null,
    stance,
    publishedAt: article.publishedAt,
    claim,
  };
}
