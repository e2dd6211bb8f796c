import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../../src/store/store.js";
import { topicQueryKey } from "../../../src/topics/topic-query-key.js";
import { storeBackends } from "../../support/test-stores.js";
import { makeArticle, makeStoredClaim } from "./store-factories.js";

const key = topicQueryKey('"peace plan"');

describe.each(storeBackends)("topic verdicts in the $name store", (backend) => {
  let store: Store;
  beforeEach(async () => {
    store = await backend.open();
    await store.insertNewArticles(
      ["a", "b", "c", "d"].map((id, day) =>
        makeArticle({ id, publishedAt: `2025-11-1${day + 1}T08:00:00.000Z` }),
      ),
      true,
    );
    for (const [day, id] of ["a", "b", "c", "d"].entries()) {
      await store.saveClaims(id, [
        makeStoredClaim(id, 0, { publishedAt: `2025-11-1${day + 1}T08:00:00.000Z` }),
      ]);
    }
  });
  afterEach(async () => {
    await store.close();
  });

  it("when verdicts are kept, then a speaker's claims skip articles off the topic and mark those on it", async () => {
    await store.saveTopicMatches(key, [
      { articleId: "d", matches: false },
      { articleId: "c", matches: true },
    ]);
    const page = await store.newestClaims({ speakerKey: "dmitry peskov", topicKey: key, limit: 10 });
    // d is off the topic; c is vouched for; b and a have no verdict yet, for the caller to decide.
    expect(page.map((row) => [row.claim.articleId, row.onTopic ?? null])).toEqual([
      ["c", true],
      ["b", null],
      ["a", null],
    ]);
    const other = await store.newestClaims({
      speakerKey: "dmitry peskov",
      topicKey: topicQueryKey("x"),
      limit: 10,
    });
    expect(other.map((row) => row.claim.articleId)).toEqual(["d", "c", "b", "a"]);
  });

  it("when a verdict is kept twice, then the first stays and nothing fails", async () => {
    await store.saveTopicMatches(key, [{ articleId: "a", matches: true }]);
    await store.saveTopicMatches(key, [
      { articleId: "a", matches: true },
      { articleId: "b", matches: false },
    ]);
    const left = await store.articlesToMatch(key, { limit: 10 });
    expect(left.map((article) => article.id)).toEqual(["d", "c"]);
  });

  it("when articles to match are paged, then each comes once, newest first, with its title and text", async () => {
    await store.saveTopicMatches(key, [{ articleId: "c", matches: false }]);
    const first = await store.articlesToMatch(key, { limit: 2 });
    expect(first.map((article) => article.id)).toEqual(["d", "b"]);
    expect(first[0]).toMatchObject({ title: "Headline d", publishedAt: "2025-11-14T08:00:00.000Z" });
    const last = first.at(-1);
    const rest = await store.articlesToMatch(key, {
      limit: 2,
      before: { publishedAt: last?.publishedAt ?? "", id: last?.id ?? "" },
    });
    expect(rest.map((article) => article.id)).toEqual(["a"]);
  });

  it("when topics share a query, then the queries in use name it once", async () => {
    for (const [workspaceId, name] of [
      ["default", "peace"],
      ["T1", "plan"],
      ["T2", "other"],
    ]) {
      await store.upsertTopic({
        workspaceId: workspaceId ?? "",
        name: name ?? "",
        query: name === "other" ? "ceasefire" : '"peace plan"',
        createdAt: "2025-11-20T00:00:00.000Z",
      });
    }
    expect(await store.topicQueriesInUse()).toEqual(['"peace plan"', "ceasefire"]);
  });
});
