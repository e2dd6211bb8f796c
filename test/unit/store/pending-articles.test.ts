import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../../src/store/store.js";
import { storeBackends } from "../../support/test-stores.js";
import { makeArticle } from "./store-factories.js";

const take = (now: string, limit = 10) => ({
  now,
  limit,
  leaseUntil: new Date(Date.parse(now) + 60_000).toISOString(),
});

describe.each(storeBackends)("pending articles in the $name store", (backend) => {
  let store: Store;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it("when articles are stored, then they are pending until marked processed", async () => {
    await store.insertNewArticles(
      [
        makeArticle({ id: "a1", url: "https://x.example/1" }),
        makeArticle({ id: "a2", url: "https://x.example/2" }),
      ],
      true,
    );
    expect(await store.countPendingArticles()).toBe(2);
    const taken = await store.claimPendingArticles(take("2025-11-21T06:00:00.000Z"));
    expect(taken.map((article) => article.id).sort()).toEqual(["a1", "a2"]);
    await store.markArticlesProcessed(["a1"], "2025-11-21T06:00:01.000Z");
    expect(await store.countPendingArticles()).toBe(1);
  });

  it("when a taker holds articles, then no other takes them until its lease runs out", async () => {
    await store.insertNewArticles([makeArticle({ id: "a1", url: "https://x.example/1" })], true);
    expect(await store.claimPendingArticles(take("2025-11-21T06:00:00.000Z"))).toHaveLength(1);
    expect(await store.claimPendingArticles(take("2025-11-21T06:00:30.000Z"))).toHaveLength(0);
    expect(await store.claimPendingArticles(take("2025-11-21T06:01:01.000Z"))).toHaveLength(1);
  });

  it("when replicas take pending articles at once, then each article goes to one of them", async () => {
    await store.insertNewArticles(
      Array.from({ length: 30 }, (_, index) =>
        makeArticle({ id: `a${index}`, url: `https://x.example/${index}` }),
      ),
      true,
    );
    const batches = await Promise.all(
      [1, 2, 3].map(() => store.claimPendingArticles(take("2025-11-21T06:00:00.000Z", 30))),
    );
    const ids = batches.flat().map((article) => article.id);
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
  });
});
