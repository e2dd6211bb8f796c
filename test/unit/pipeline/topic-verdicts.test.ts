import { afterEach, describe, expect, it } from "vitest";
import { loadGazetteer } from "../../../src/claims/load-gazetteer.js";
import { type Logger, silentLogger } from "../../../src/logger.js";
import { backfillTopicMatches } from "../../../src/pipeline/backfill-topic-matches.js";
import { processNewArticles } from "../../../src/pipeline/process-new-articles.js";
import { createSpeakerRegistry } from "../../../src/pipeline/speaker-registry.js";
import { startTopicMatchLoop } from "../../../src/pipeline/start-topic-match-loop.js";
import { openStore } from "../../../src/store/open-store.js";
import type { Store } from "../../../src/store/store.js";
import { topicQueryKey } from "../../../src/topics/topic-query-key.js";
import { makeArticle } from "../store/store-factories.js";

const planQuery = '"peace plan" AND (Kyiv OR Kiev)';
const onTopic = makeArticle({
  id: "plan",
  publishedAt: "2025-11-20T08:00:00.000Z",
  title: "Kyiv studies the peace plan",
  text: "Kremlin spokesman Dmitry Peskov said the peace plan had not been received in Moscow.",
});
const offTopic = makeArticle({
  id: "grain",
  publishedAt: "2025-11-21T08:00:00.000Z",
  title: "Grain shipments resume",
  text: "Kremlin spokesman Dmitry Peskov said grain ships would sail from Odesa on Monday.",
});

let store: Store;
afterEach(async () => {
  await store.close();
});

async function storeWithTopic(query = planQuery): Promise<Store> {
  store = await openStore("sqlite::memory:");
  await store.upsertTopic({
    workspaceId: "default",
    name: "plan",
    query,
    createdAt: "2025-11-01T00:00:00.000Z",
  });
  return store;
}

/** Article ids of Peskov's claims as `/latest` reads them for the query: kept off-topic ones are skipped. */
async function readFor(query: string): Promise<[string, boolean | null][]> {
  const rows = await store.newestClaims({
    speakerKey: "dmitry peskov",
    topicKey: topicQueryKey(query),
    limit: 10,
  });
  return rows.map((row) => [row.claim.articleId, row.onTopic ?? null]);
}

describe("topic verdicts", () => {
  it("when articles are processed, then each topic query in use gets their verdicts", async () => {
    await storeWithTopic();
    const stored = await store.insertNewArticles([onTopic, offTopic], true);
    await processNewArticles(
      { store, gazetteer: loadGazetteer(), logger: silentLogger, speakers: createSpeakerRegistry(store) },
      stored,
    );
    expect(await readFor(planQuery)).toEqual([["plan", true]]);
    expect(await store.articlesToMatch(topicQueryKey(planQuery), { limit: 10 })).toEqual([]);
  });

  it("when a query has no verdicts yet, then the backfill decides every stored article, and stops when told", async () => {
    await storeWithTopic();
    await store.insertNewArticles([onTopic, offTopic], true);
    await store.saveClaims("grain", []);
    expect(await backfillTopicMatches(store, planQuery, () => true)).toBe(0);
    expect(await backfillTopicMatches(store, planQuery, () => false)).toBe(2);
    expect(await store.articlesToMatch(topicQueryKey(planQuery), { limit: 10 })).toEqual([]);
    expect(await backfillTopicMatches(store, planQuery, () => false)).toBe(0);
  });

  it("when a topic is added while the loop runs, then its verdicts are kept within a check, and a bad query is only logged", async () => {
    await storeWithTopic("Kyiv AND (");
    const stored = await store.insertNewArticles([onTopic, offTopic], true);
    await processNewArticles(
      { store, gazetteer: loadGazetteer(), logger: silentLogger, speakers: createSpeakerRegistry(store) },
      stored,
    );
    const warnings: string[] = [];
    const logger: Logger = { ...silentLogger, warn: (message) => void warnings.push(message) };
    const loop = startTopicMatchLoop({ store, logger, checkMs: 20 });
    try {
      await store.upsertTopic({
        workspaceId: "T1",
        name: "grain",
        query: "grain",
        createdAt: "2025-11-22T00:00:00.000Z",
      });
      for (const deadline = Date.now() + 5_000; ; ) {
        if ((await store.articlesToMatch(topicQueryKey("grain"), { limit: 10 })).length === 0) break;
        if (Date.now() > deadline) throw new Error("the loop never kept the new topic's verdicts");
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      await loop.stop();
    }
    expect(await readFor("grain")).toEqual([["grain", true]]);
    // Said once, not at every check.
    expect(warnings).toEqual(["topic verdicts not brought up to date"]);
  });
});
