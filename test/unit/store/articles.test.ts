import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../../src/store/store.js";
import { storeBackends } from "../../support/test-stores.js";
import { makeArticle } from "./store-factories.js";

describe.each(storeBackends)("articles in the $name store", (backend) => {
  let store: Store;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it("when articles are new, then all are stored and returned in input order with their flags", async () => {
    const fresh = [makeArticle({ id: "b" }), makeArticle({ id: "a", url: null, author: "R. Writer" })];
    const stored = await store.insertNewArticles(fresh, true);
    expect(stored).toEqual(fresh.map((article) => ({ ...article, announced: true, storyId: null })));
    expect(await store.getArticle("a")).toEqual(stored[1]);
    expect(await store.countArticles()).toBe(2);
  });

  it("when the same batch is inserted again, then nothing is new", async () => {
    const batch = [makeArticle({ id: "a" }), makeArticle({ id: "b", url: null })];
    await store.insertNewArticles(batch, false);
    expect(await store.insertNewArticles(batch, true)).toEqual([]);
    expect(await store.getArticle("a")).toMatchObject({ announced: false });
  });

  it("when another feed carries an already stored URL under a new id, then it is not new", async () => {
    await store.insertNewArticles([makeArticle({ id: "feed-1:a", url: "https://news.example/story" })], true);
    const again = await store.insertNewArticles(
      [
        makeArticle({ id: "feed-2:x", feedId: "feed-2", url: "https://news.example/story" }),
        makeArticle({ id: "feed-2:y", feedId: "feed-2", url: "https://news.example/other" }),
      ],
      true,
    );
    expect(again.map((article) => article.id)).toEqual(["feed-2:y"]);
    expect(await store.countArticles()).toBe(2);
  });

  it("when one batch repeats an id or a URL, then only the first of each is stored", async () => {
    const stored = await store.insertNewArticles(
      [
        makeArticle({ id: "a", title: "first" }),
        makeArticle({ id: "a", title: "second" }),
        makeArticle({ id: "b", url: "https://news.example/a" }),
        makeArticle({ id: "c", url: null }),
        makeArticle({ id: "d", url: null }),
      ],
      true,
    );
    expect(stored.map((article) => [article.id, article.title])).toEqual([
      ["a", "first"],
      ["c", "Headline c"],
      ["d", "Headline d"],
    ]);
  });

  it("when two writers insert overlapping batches at once, then each article is returned exactly once", async () => {
    const all = Array.from({ length: 600 }, (_, i) =>
      makeArticle({ id: `art-${String(i).padStart(4, "0")}` }),
    );
    const first = all.slice(0, 400);
    const second = all.slice(200).reverse();
    const [a, b] = await Promise.all([
      store.insertNewArticles(first, true),
      store.insertNewArticles(second, true),
    ]);
    const ids = [...a, ...b].map((article) => article.id).sort();
    expect(ids).toEqual(all.map((article) => article.id));
    expect(await store.countArticles()).toBe(600);
  });

  it("when a batch is larger than one statement, then every article is stored", async () => {
    const many = Array.from({ length: 1234 }, (_, i) => makeArticle({ id: `bulk-${i}` }));
    expect(await store.insertNewArticles(many, true)).toHaveLength(1234);
    expect(await store.insertNewArticles([], true)).toEqual([]);
    expect(await store.countArticles()).toBe(1234);
  });

  it("when reading a window, then it is since-inclusive, until-exclusive, newest first and limited", async () => {
    await store.insertNewArticles(
      [
        makeArticle({ id: "before", publishedAt: "2025-11-19T23:59:59.999Z" }),
        makeArticle({ id: "start", publishedAt: "2025-11-20T00:00:00Z" }),
        makeArticle({ id: "middle", publishedAt: "2025-11-20T12:00:00.500Z" }),
        makeArticle({ id: "late", publishedAt: "2025-11-20T12:00:01Z" }),
        makeArticle({ id: "end", publishedAt: "2025-11-21T00:00:00.000Z" }),
      ],
      true,
    );
    const window = { since: "2025-11-20T00:00:00.000Z", until: "2025-11-21T00:00:00Z" };
    const inWindow = await store.articlesInWindow(window);
    expect(inWindow.map((article) => article.id)).toEqual(["late", "middle", "start"]);
    expect(inWindow[2]?.publishedAt).toBe("2025-11-20T00:00:00.000Z");
    expect((await store.articlesInWindow(window, 2)).map((article) => article.id)).toEqual([
      "late",
      "middle",
    ]);
  });

  it("when an article joins a story, then it is read back with the story id", async () => {
    await store.insertNewArticles([makeArticle({ id: "a" })], true);
    await store.createStory({
      id: "story-1",
      title: "Draft plan",
      firstPublishedAt: "2025-11-20T10:00:00Z",
      fingerprint: "f",
    });
    await store.setArticleStory("a", "story-1");
    expect(await store.getArticle("a")).toMatchObject({ storyId: "story-1" });
    await expect(store.setArticleStory("missing", "story-1")).rejects.toThrow(/no article "missing"/);
  });

  it("when an article has an unusable time, then it is refused with the field named", async () => {
    await expect(
      store.insertNewArticles([makeArticle({ id: "x", publishedAt: "yesterday" })], true),
    ).rejects.toThrow(/article x publishedAt: "yesterday" is not an ISO 8601 time/);
  });
});
