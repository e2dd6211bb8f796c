import { afterEach, describe, expect, it } from "vitest";
import { loadGazetteer } from "../../../src/claims/load-gazetteer.js";
import { silentLogger } from "../../../src/logger.js";
import { processNewArticles } from "../../../src/pipeline/process-new-articles.js";
import { createSpeakerRegistry } from "../../../src/pipeline/speaker-registry.js";
import { openStore } from "../../../src/store/open-store.js";
import type { Store } from "../../../src/store/store.js";
import { makeArticle } from "../store/store-factories.js";

const wireText = [
  "Kremlin spokesman Dmitry Peskov said on Thursday that no such plan was being discussed with Washington.",
  "Officials in Kyiv said they would study any proposal carefully before responding to it.",
  "The foreign ministry in Moscow repeated that it had received no document through diplomatic channels.",
].join("\n");

let store: Store;
afterEach(async () => {
  await store.close();
});

async function storeWith(...articles: ReturnType<typeof makeArticle>[]) {
  store = await openStore("sqlite::memory:");
  const stored = await store.insertNewArticles(articles, true);
  await processNewArticles(
    { store, gazetteer: loadGazetteer(), logger: silentLogger, speakers: createSpeakerRegistry(store) },
    stored,
  );
  return stored;
}

describe("processNewArticles", () => {
  it("when an article is stored, then its claims are saved with speaker key, side and stance", async () => {
    await storeWith(makeArticle({ id: "a1", text: wireText }));
    const [claim] = await store.latestClaims({ speakerKey: "dmitry peskov", limit: 5 });
    expect(claim).toMatchObject({ articleId: "a1", side: "Russia", stance: "denies" });
    expect(claim?.claim.speaker?.name).toBe("Dmitry Peskov");
  });

  it("when a surname is used alone after the full name is known, then both are one speaker", async () => {
    await storeWith(
      makeArticle({ id: "a1", text: wireText, publishedAt: "2025-11-20T08:00:00.000Z" }),
      makeArticle({
        id: "a2",
        url: "https://other.example/a2",
        title: "Kremlin repeats denial",
        text: "Peskov told reporters that Moscow had nothing to add to his earlier remarks about the document.",
        publishedAt: "2025-11-20T12:00:00.000Z",
      }),
    );
    const claims = await store.latestClaims({ speakerKey: "dmitry peskov", limit: 10 });
    expect(claims.map((claim) => claim.articleId).sort()).toEqual(["a1", "a2"]);
  });

  it("when a wire copy arrives under another headline, then it joins the first article's story", async () => {
    const [first, copy, other] = await storeWith(
      makeArticle({ id: "a1", title: "Kremlin denies plan talks", text: wireText }),
      makeArticle({
        id: "a2",
        url: "https://copy.example/a2",
        title: "Moscow: no peace plan on the table",
        text: `${wireText}\nRead more`,
        outlet: "Copy Wire",
      }),
      makeArticle({
        id: "a3",
        url: "https://other.example/a3",
        title: "Strike on Ternopil",
        text: "Rescue teams in Ternopil searched the rubble of two apartment blocks through the night after the strike.",
      }),
    );
    const stored = await Promise.all(
      [first, copy, other].map((article) => store.getArticle(article?.id ?? "")),
    );
    expect(stored[1]?.storyId).toBe(stored[0]?.storyId);
    expect(stored[2]?.storyId).not.toBe(stored[0]?.storyId);
  });
});

describe("processNewArticles across batches", () => {
  it("when a later batch names a speaker by surname only, then the registry merges it with the full name seen before", async () => {
    store = await openStore("sqlite::memory:");
    const deps = {
      store,
      gazetteer: loadGazetteer(),
      logger: silentLogger,
      speakers: createSpeakerRegistry(store),
    };
    const first = await store.insertNewArticles(
      [makeArticle({ id: "b1", text: "Analyst Mira Osadcha said the plan would not survive the winter." })],
      true,
    );
    await processNewArticles(deps, first);
    const second = await store.insertNewArticles(
      [
        makeArticle({
          id: "b2",
          url: "https://other.example/b2",
          text: "Osadcha told reporters that Kyiv would reject the draft in its current form.",
          publishedAt: "2025-11-21T10:00:00.000Z",
        }),
      ],
      true,
    );
    await processNewArticles(deps, second);
    const claims = await store.latestClaims({ speakerKey: "mira osadcha", limit: 10 });
    expect(claims.map((claim) => claim.articleId).sort()).toEqual(["b1", "b2"]);
  });
});
