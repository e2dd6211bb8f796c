import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../../src/store/store.js";
import { storeBackends } from "../../support/test-stores.js";
import { makeArticle, makeClaim, makeSpeaker, makeStoredClaim } from "./store-factories.js";

const zakharova = makeClaim({
  speaker: makeSpeaker({ text: "Maria Zakharova", name: "Maria Zakharova", role: "spokeswoman", org: null }),
});
const rubio = makeClaim({ speaker: makeSpeaker({ name: "Marco Rubio", side: "US" }), stance: "asserts" });

describe.each(storeBackends)("newest claims with their sources in the $name store", (backend) => {
  let store: Store;
  beforeEach(async () => {
    store = await backend.open();
    await store.insertNewArticles(
      [
        makeArticle({ id: "old", publishedAt: "2025-11-18T08:00:00Z", outlet: "Old Wire", url: null }),
        makeArticle({ id: "mid", publishedAt: "2025-11-19T08:00:00Z", title: "Mid title", text: "Mid text" }),
        makeArticle({ id: "new", publishedAt: "2025-11-20T08:00:00Z", outlet: "New Wire" }),
      ],
      true,
    );
    await store.saveClaims("old", [makeStoredClaim("old", 0, { publishedAt: "2025-11-18T08:00:00Z" })]);
    await store.saveClaims("mid", [
      makeStoredClaim("mid", 0, { publishedAt: "2025-11-19T08:00:00Z", claim: zakharova }),
      makeStoredClaim("mid", 1, { publishedAt: "2025-11-19T08:00:00Z" }),
    ]);
    await store.saveClaims("new", [
      makeStoredClaim("new", 0, { publishedAt: "2025-11-20T08:00:00Z" }),
      makeStoredClaim("new", 1, { publishedAt: "2025-11-20T08:00:00Z", claim: rubio }),
    ]);
  });
  afterEach(async () => {
    await store.close();
  });

  it("when a speaker's claims are asked for, then they come newest first with link, outlet and title", async () => {
    const page = await store.newestClaims({ speakerKey: "dmitry peskov", limit: 10 });
    expect(page.map((row) => `${row.claim.articleId}#${row.claim.index}`)).toEqual([
      "new#0",
      "mid#1",
      "old#0",
    ]);
    expect(page[0]?.article).toEqual({
      url: "https://news.example/new",
      outlet: "New Wire",
      title: "Headline new",
    });
    expect(page[2]?.article.url).toBeNull();
    expect(page[0]?.claim.claim).toEqual(makeClaim());
  });

  it("when pages follow a cursor, then together they hold every claim once, in order, ties by article and index", async () => {
    const first = await store.newestClaims({ limit: 2 });
    const last = first.at(-1)?.claim;
    expect(last).toBeDefined();
    const rest = await store.newestClaims({
      limit: 10,
      before: {
        publishedAt: last?.publishedAt ?? "",
        articleId: last?.articleId ?? "",
        index: last?.index ?? 0,
      },
    });
    expect([...first, ...rest].map((row) => `${row.claim.articleId}#${row.claim.index}`)).toEqual([
      "new#1",
      "new#0",
      "mid#1",
      "mid#0",
      "old#0",
    ]);
  });

  it("when pages of different sizes are asked for, then each holds that many, and a size that is not a positive whole number is refused", async () => {
    const sizes = [];
    for (const limit of [1, 3, 2, 10]) sizes.push((await store.newestClaims({ limit })).length);
    expect(sizes).toEqual([1, 3, 2, 5]);
    for (const limit of [0, 2.5, -1, Number.NaN]) {
      await expect(store.newestClaims({ limit })).rejects.toMatchObject({ code: "store_argument_invalid" });
    }
  });

  it("when a side is asked for, then only that side's claims come back", async () => {
    const us = await store.newestClaims({ side: "US", limit: 10 });
    expect(us.map((row) => row.claim.speakerKey)).toEqual(["marco rubio"]);
  });

  it("when article texts are asked for, then known ids come back with title and text, unknown ones are left out", async () => {
    const texts = await store.articleTexts(["mid", "nope", "mid"]);
    expect(texts).toEqual([{ id: "mid", title: "Mid title", text: "Mid text" }]);
  });

  it("when speakers are summarised, then each key has its newest name, side, claim count and latest time, newest and busiest first", async () => {
    const summaries = await store.speakerSummaries();
    expect(summaries).toEqual([
      expect.objectContaining({
        speakerKey: "dmitry peskov",
        name: "Dmitry Peskov",
        side: "Russia",
        claims: 3,
      }),
      expect.objectContaining({ speakerKey: "marco rubio", name: "Marco Rubio", side: "US", claims: 1 }),
      expect.objectContaining({
        speakerKey: "maria zakharova",
        claims: 1,
        latest: "2025-11-19T08:00:00.000Z",
      }),
    ]);
  });

  it("when only claims published after a time are summarised, then older ones are not counted", async () => {
    const recent = await store.speakerSummaries({ publishedAfter: "2025-11-19T08:00:00.000Z" });
    expect(recent.map((summary) => [summary.speakerKey, summary.claims])).toEqual([
      ["dmitry peskov", 1],
      ["marco rubio", 1],
    ]);
  });
});

describe.each(storeBackends)("feed success times in the $name store", (backend) => {
  let store: Store;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it("when a feed fetches and later fails, then its last success time stays the successful fetch's", async () => {
    const feed = await store.upsertFeed({ url: "https://feeds.example/a.xml", source: "config" });
    const never = await store.upsertFeed({ url: "https://feeds.example/b.xml", source: "config" });
    await store.recordFetchSuccess(feed.id, {
      at: "2025-11-20T10:00:00.000Z",
      nextPollAt: "2025-11-20T10:10:00.000Z",
      etag: null,
      lastModified: null,
      bodyHash: null,
    });
    await store.recordFetchFailure(feed.id, {
      at: "2025-11-20T10:10:00.000Z",
      reason: "timeout",
      nextPollAt: "2025-11-20T10:30:00.000Z",
      disable: null,
    });
    const successes = await store.lastFeedSuccesses();
    expect(successes.get(feed.id)).toBe("2025-11-20T10:00:00.000Z");
    expect(successes.has(never.id)).toBe(false);
  });
});
