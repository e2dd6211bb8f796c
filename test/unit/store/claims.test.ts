import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore } from "../../../src/store/open-store.js";
import type { Store } from "../../../src/store/store.js";
import { storeBackends } from "../../support/test-stores.js";
import { makeArticle, makeClaim, makeSpeaker, makeStoredClaim } from "./store-factories.js";

const rubio = makeClaim({
  speaker: makeSpeaker({
    text: "Rubio",
    name: "Marco Rubio",
    role: "secretary of state",
    org: null,
    side: "US",
  }),
  content: { text: "both sides will have to make concessions", start: 40, end: 80 },
  stance: "asserts",
  negated: false,
});
const anonymous = makeClaim({ speaker: null, stance: "asserts", negated: false });

describe.each(storeBackends)("claims in the $name store", (backend) => {
  let store: Store;
  beforeEach(async () => {
    store = await backend.open();
    await store.insertNewArticles(
      [
        makeArticle({ id: "old", publishedAt: "2025-11-19T08:00:00Z" }),
        makeArticle({ id: "new-a", publishedAt: "2025-11-20T09:00:00Z" }),
        makeArticle({ id: "new-b", publishedAt: "2025-11-20T09:00:00Z" }),
      ],
      true,
    );
  });
  afterEach(async () => {
    await store.close();
  });

  it("when claims are saved, then they come back whole, in the caller's article order then index order", async () => {
    const oldClaims = [makeStoredClaim("old", 0, { publishedAt: "2025-11-19T08:00:00Z", claim: rubio })];
    const newClaims = [
      makeStoredClaim("new-a", 1, { publishedAt: "2025-11-20T09:00:00Z", claim: anonymous }),
      makeStoredClaim("new-a", 0, { publishedAt: "2025-11-20T09:00:00Z" }),
    ];
    await store.saveClaims("old", oldClaims);
    await store.saveClaims("new-a", newClaims);

    const read = await store.claimsForArticles(["new-a", "old", "new-a", "unknown"]);
    expect(read.map((claim) => `${claim.articleId}#${claim.index}`)).toEqual(["new-a#0", "new-a#1", "old#0"]);
    expect(read[0]).toEqual({ ...newClaims[1], publishedAt: "2025-11-20T09:00:00.000Z" });
    expect(read[1]?.claim).toEqual(anonymous);
    expect(read[2]?.claim).toEqual(rubio);
  });

  it("when an article's claims are saved again, then the old ones are replaced", async () => {
    await store.saveClaims("old", [makeStoredClaim("old", 0), makeStoredClaim("old", 1)]);
    await store.saveClaims("old", [makeStoredClaim("old", 0, { claim: rubio })]);
    const read = await store.claimsForArticles(["old"]);
    expect(read).toHaveLength(1);
    expect(read[0]?.speakerKey).toBe("marco rubio");
    await store.saveClaims("old", []);
    expect(await store.claimsForArticles(["old"])).toEqual([]);
  });

  it("when a claim is filed under another article, then saving is refused", async () => {
    await expect(store.saveClaims("old", [makeStoredClaim("new-a", 0)])).rejects.toThrow(
      /belongs to article "new-a"/,
    );
  });

  it("when asking for the latest claims, then newest come first, then article id, then index", async () => {
    await store.saveClaims("old", [makeStoredClaim("old", 0, { publishedAt: "2025-11-19T08:00:00Z" })]);
    await store.saveClaims("new-b", [makeStoredClaim("new-b", 0, { publishedAt: "2025-11-20T09:00:00Z" })]);
    await store.saveClaims("new-a", [
      makeStoredClaim("new-a", 0, { publishedAt: "2025-11-20T09:00:00Z" }),
      makeStoredClaim("new-a", 1, { publishedAt: "2025-11-20T09:00:00Z", claim: rubio }),
    ]);
    const latest = await store.latestClaims({ limit: 10 });
    expect(latest.map((claim) => `${claim.articleId}#${claim.index}`)).toEqual([
      "new-a#0",
      "new-a#1",
      "new-b#0",
      "old#0",
    ]);
    expect(await store.latestClaims({ limit: 2 })).toHaveLength(2);
  });

  it("when filtering by speaker, side and window, then only matching claims come back", async () => {
    await store.saveClaims("old", [
      makeStoredClaim("old", 0, { publishedAt: "2025-11-19T08:00:00Z" }),
      makeStoredClaim("old", 1, { publishedAt: "2025-11-19T08:00:00Z", claim: rubio }),
    ]);
    await store.saveClaims("new-a", [
      makeStoredClaim("new-a", 0, { publishedAt: "2025-11-20T09:00:00Z" }),
      makeStoredClaim("new-a", 1, { publishedAt: "2025-11-20T09:00:00Z", claim: anonymous }),
    ]);
    const ids = (claims: { articleId: string; index: number }[]) =>
      claims.map((c) => `${c.articleId}#${c.index}`);

    expect(ids(await store.latestClaims({ speakerKey: "dmitry peskov", limit: 10 }))).toEqual([
      "new-a#0",
      "old#0",
    ]);
    expect(ids(await store.latestClaims({ side: "US", limit: 10 }))).toEqual(["old#1"]);
    expect(ids(await store.latestClaims({ window: { since: "2025-11-20T00:00:00Z" }, limit: 10 }))).toEqual([
      "new-a#0",
      "new-a#1",
    ]);
    expect(ids(await store.latestClaims({ window: { until: "2025-11-20T09:00:00Z" }, limit: 10 }))).toEqual([
      "old#0",
      "old#1",
    ]);
    expect(
      await store.latestClaims({
        speakerKey: "dmitry peskov",
        side: "Russia",
        window: { since: "2025-11-19T00:00:00Z", until: "2025-11-19T23:00:00Z" },
        limit: 10,
      }),
    ).toHaveLength(1);
  });

  it("when listing speakers, then each key appears once with its most recent name and side", async () => {
    const earlier = makeClaim({ speaker: makeSpeaker({ text: "Peskov", name: "Peskov", side: null }) });
    const unnamed = makeClaim({
      speaker: makeSpeaker({ text: "a senior official", name: null, kind: "unnamed" }),
    });
    await store.saveClaims("old", [
      makeStoredClaim("old", 0, {
        publishedAt: "2025-11-19T08:00:00Z",
        speakerKey: "dmitry peskov",
        claim: earlier,
      }),
      makeStoredClaim("old", 1, { publishedAt: "2025-11-19T08:00:00Z", speakerKey: null, claim: anonymous }),
    ]);
    await store.saveClaims("new-a", [
      makeStoredClaim("new-a", 0, { publishedAt: "2025-11-20T09:00:00Z" }),
      makeStoredClaim("new-a", 1, { publishedAt: "2025-11-20T09:00:00Z", claim: rubio }),
      makeStoredClaim("new-a", 2, {
        publishedAt: "2025-11-20T09:00:00Z",
        speakerKey: "official",
        claim: unnamed,
      }),
    ]);
    expect(await store.listSpeakers()).toEqual([
      { speakerKey: "dmitry peskov", name: "Dmitry Peskov", side: "Russia" },
      { speakerKey: "marco rubio", name: "Marco Rubio", side: "US" },
      { speakerKey: "official", name: "a senior official", side: "Russia" },
    ]);
  });

  it("when a speaker's newest claims share a time, then the last by article id and index names them", async () => {
    const named = (name: string) => makeClaim({ speaker: makeSpeaker({ name }) });
    await store.saveClaims("new-b", [
      makeStoredClaim("new-b", 0, {
        publishedAt: "2025-11-20T09:00:00Z",
        speakerKey: "peskov",
        claim: named("D. Peskov"),
      }),
      makeStoredClaim("new-b", 1, {
        publishedAt: "2025-11-20T09:00:00Z",
        speakerKey: "peskov",
        claim: named("Dmitry Peskov"),
      }),
    ]);
    await store.saveClaims("new-a", [
      makeStoredClaim("new-a", 5, {
        publishedAt: "2025-11-20T09:00:00Z",
        speakerKey: "peskov",
        claim: named("Peskov"),
      }),
    ]);
    expect(await store.listSpeakers()).toEqual([
      { speakerKey: "peskov", name: "Dmitry Peskov", side: "Russia" },
    ]);
  });

  it("when an article is gone, then saving its claims is refused", async () => {
    await expect(store.saveClaims("missing", [makeStoredClaim("missing", 0)])).rejects.toThrow();
  });
});

describe.each(storeBackends)("corrupted claim rows in the $name store", (backend) => {
  it.each([
    ["is not JSON", `'{"speaker": '`, /column claim is invalid/],
    ["has the wrong shape", `'{"speaker": null, "cue": "said"}'`, /column claim is invalid: .*cue/],
  ])("when the JSON %s, then reading it is a clear error naming the row", async (_case, value, message) => {
    const location = await backend.location();
    const store = await openStore(location.url);
    try {
      await store.insertNewArticles([makeArticle({ id: "a" })], true);
      await store.saveClaims("a", [makeStoredClaim("a", 3)]);
      await location.execute(`update claims set claim = ${value}`);
      await expect(store.latestClaims({ limit: 5 })).rejects.toThrow(/claims row \(article "a", index 3\)/);
      await expect(store.claimsForArticles(["a"])).rejects.toThrow(message);
    } finally {
      await store.close();
      await location.dispose();
    }
  });
});
