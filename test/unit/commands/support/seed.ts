import type { Claim, Speaker, Stance } from "../../../../src/claims/claim.js";
import type { Article } from "../../../../src/ingest/article.js";
import type { Store } from "../../../../src/store/store.js";
import { speakerKey } from "../../../../src/stories/speaker-key.js";
import type { Topic } from "../../../../src/topics/topic.js";

/** Speakers of the story, as the extractor resolves them with the gazetteer. */
export const speakers = {
  peskov: person("Dmitry Peskov", "spokesman", "Kremlin", "Russia"),
  zakharova: person("Maria Zakharova", "spokeswoman", "Russian Foreign Ministry", "Russia"),
  zelensky: person("Volodymyr Zelensky", "President", "Ukraine", "Ukraine"),
  rubio: person("Marco Rubio", "Secretary of State", "US", "US"),
  /** Known to the store only, not to the gazetteer. */
  polyanskiy: person("Dmitry Polyanskiy", "deputy envoy", "Russian mission to the UN", "Russia"),
};

function person(name: string, role: string, org: string, side: string): Speaker {
  return { text: name, start: 0, end: name.length, name, role, org, kind: "person", side };
}

/** A topic of the default set (workspace "default"), unless told otherwise. */
export function makeTopic(overrides: Partial<Topic> = {}): Topic {
  return {
    workspaceId: "default",
    name: "peace-plan",
    title: "Peace plan for Ukraine",
    query: 'Ukraine AND ("peace plan" OR talks)',
    createdAt: "2025-11-01T00:00:00.000Z",
    ...overrides,
  };
}

let counter = 0;

/** An article on the peace plan, published on 20 Nov unless told otherwise. */
export function makeArticle(overrides: Partial<Article> = {}): Article {
  counter += 1;
  return {
    id: `cmd-article-${counter}`,
    feedId: "feed-1",
    url: `https://news.example/story/${counter}`,
    title: "Kremlin responds to the Ukraine peace plan",
    text: "Moscow and Washington discussed the peace plan for Ukraine on Thursday, officials said.",
    author: null,
    outlet: "Instant World News",
    publishedAt: "2025-11-20T14:05:00.000Z",
    dateIsFallback: false,
    fetchedAt: "2025-11-20T14:10:00.000Z",
    ...overrides,
  };
}

/** What a claim says, by whom. */
export interface ClaimSpec {
  speaker: Speaker | null;
  content: string;
  stance?: Stance;
  direct?: boolean;
}

/** Store an article and its claims as the pipeline would (speaker keys from `speakerKey`). */
export async function storeArticle(store: Store, article: Article, claims: ClaimSpec[]): Promise<Article> {
  await store.insertNewArticles([article], true);
  await store.saveClaims(
    article.id,
    claims.map((spec, index) => {
      const stance = spec.stance ?? "asserts";
      const claim: Claim = {
        speaker: spec.speaker,
        cue: { text: stance === "denies" ? "denied" : "said", start: 0, end: 4 },
        content: { text: spec.content, start: 10, end: 10 + spec.content.length },
        direct: spec.direct ?? false,
        stance,
        negated: stance === "denies",
      };
      return {
        articleId: article.id,
        index,
        speakerKey: spec.speaker ? speakerKey(spec.speaker) : null,
        side: spec.speaker?.side ?? null,
        stance,
        publishedAt: article.publishedAt,
        claim,
      };
    }),
  );
  return article;
}
