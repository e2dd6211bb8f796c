import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Article } from "../../../src/ingest/article.js";
import { openStore } from "../../../src/store/open-store.js";
import type { Store } from "../../../src/store/store.js";
import { previewTopic } from "../../../src/topics/preview-topic.js";
import { TopicQueryError } from "../../../src/topics/topic-query-error.js";

const now = new Date("2025-11-21T08:00:00.000Z");
let sequence = 0;

function makeArticle(overrides: Partial<Article> & { hoursAgo: number }): Article {
  sequence += 1;
  const publishedAt = new Date(now.getTime() - overrides.hoursAgo * 3_600_000).toISOString();
  return {
    id: `article-${sequence}`,
    feedId: "feed-1",
    url: `https://news.example/${sequence}`,
    title: overrides.title ?? `Story ${sequence}`,
    text: overrides.text ?? "",
    author: null,
    outlet: "Example News",
    publishedAt,
    dateIsFallback: false,
    fetchedAt: publishedAt,
  };
}

describe("previewTopic", () => {
  let store: Store;

  beforeEach(async () => {
    store = await openStore("sqlite::memory:");
    await store.upsertFeed({ url: "https://news.example/feed", source: "config" });
  });

  afterEach(async () => {
    await store.close();
  });

  it("when articles of the period match, then they are listed newest first within the limit", async () => {
    await store.insertNewArticles(
      [
        makeArticle({ hoursAgo: 5, title: "Kyiv studies the peace plan" }),
        makeArticle({ hoursAgo: 2, title: "Kiev rejects concessions in the peace plan" }),
        makeArticle({ hoursAgo: 1, title: "Grain exports rise", text: "Kyiv reports a good harvest." }),
        makeArticle({ hoursAgo: 3, title: "Peace plan for Kyiv leaks" }),
        makeArticle({ hoursAgo: 24 * 9, title: "Kyiv and the first peace plan" }),
      ],
      true,
    );

    const preview = await previewTopic({ store }, 'Kyiv|Kiev "peace plan"', { days: 7, now, limit: 2 });

    expect(preview.matched.map((article) => article.title)).toEqual([
      "Kiev rejects concessions in the peace plan",
      "Peace plan for Kyiv leaks",
    ]);
    expect(preview.total).toBe(3);
    expect(preview.scanned).toBe(4);
  });

  it("when articles match, then each says why: the spellings found, or the match its story joins", async () => {
    const body = [
      "Negotiators from Kyiv and Washington met for a second day in Geneva to go through the draft line by line.",
      "Officials on both sides said the talks were difficult but that the text had become shorter overnight.",
      "A statement on the outcome is expected before the envoys fly home at the end of the week.",
    ].join("\n");
    await store.insertNewArticles(
      [
        makeArticle({ hoursAgo: 3, title: "Geneva talks on the peace plan run late", text: body }),
        makeArticle({ hoursAgo: 2, title: "Negotiators sit late into the night", text: body }),
        makeArticle({ hoursAgo: 1, title: "Grain exports rise", text: "Farmers report a good harvest." }),
      ],
      true,
    );

    const preview = await previewTopic({ store }, '"peace plan"|"peace deal" Geneva', {
      days: 1,
      now,
      limit: 5,
    });

    expect(preview.matched.map((article) => [article.title, article.via, article.why])).toEqual([
      [
        "Negotiators sit late into the night",
        "story",
        {
          basis: "duplicate",
          article: { id: expect.any(String), title: "Geneva talks on the peace plan run late" },
          similarity: 1,
        },
      ],
      ["Geneva talks on the peace plan run late", "query", { terms: ['"peace plan"', "geneva"] }],
    ]);
    expect(preview.total).toBe(2);
  });

  it("when nothing is stored for the period, then nothing matches and nothing is scanned", async () => {
    const preview = await previewTopic({ store }, "Kyiv", { days: 1, now, limit: 10 });
    expect(preview).toEqual({ matched: [], total: 0, scanned: 0 });
  });

  it("when the query is invalid, then the parse error reaches the caller", async () => {
    await expect(previewTopic({ store }, "(Kyiv", { days: 1, now, limit: 10 })).rejects.toThrow(
      TopicQueryError,
    );
  });
});
