import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Config, configSchema } from "../../src/config/config-schema.js";
import { silentLogger } from "../../src/logger.js";
import { createPipeline } from "../../src/pipeline/create-pipeline.js";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { useFakeFeedServer } from "../fakes/use-fake-feed-server.js";
import { makeRssFeed } from "../fixtures/feeds/make-feed.js";
import { makeArticle } from "../unit/store/store-factories.js";

const denial = {
  guid: "peskov-1",
  title: "Kremlin says no plan is being discussed",
  link: "https://wire.example/peskov/1",
  pubDate: "Thu, 20 Nov 2025 10:00:00 GMT",
  description: "Kremlin spokesman Dmitry Peskov said that no such plan was being discussed with Washington.",
};

function makeConfig(url: string): Config {
  return configSchema.parse({ ingest: { allowPrivate: ["127.0.0.1"], timeoutMs: 2_000 }, feeds: [{ url }] });
}

describe("every stored article gets processed, whichever command stored it", () => {
  const server = useFakeFeedServer();
  let store: Store;
  beforeEach(async () => {
    store = await openStore("sqlite::memory:");
  });
  afterEach(async () => {
    await store.close();
  });

  it("when one ingest cycle stores articles (ingest --once), then they have their claims and nothing is pending", async () => {
    server().route("/feed", { body: makeRssFeed({ items: [denial] }) });
    const pipeline = createPipeline({
      store,
      config: makeConfig(server().url("/feed")),
      logger: silentLogger,
    });
    const summary = await pipeline.ingest({ all: true });
    expect(summary).toMatchObject({ seededArticles: 1, processed: 1 });
    expect(await store.countPendingArticles()).toBe(0);
    const [claim] = await store.latestClaims({ speakerKey: "dmitry peskov", limit: 1 });
    expect(claim).toMatchObject({ stance: "denies", side: "Russia" });
  });

  it("when a process stored articles and died before extracting, then the next start processes them", async () => {
    // What a crash between storing and extracting leaves: stored, never processed.
    await store.insertNewArticles(
      [makeArticle({ id: "left-1", text: denial.description, publishedAt: "2025-11-20T10:00:00.000Z" })],
      true,
    );
    const pipeline = createPipeline({
      store,
      config: makeConfig(server().url("/feed")),
      logger: silentLogger,
    });
    expect(await pipeline.processPending()).toBe(1);
    expect(await store.countPendingArticles()).toBe(0);
    expect((await store.getArticle("left-1"))?.storyId).toBe("left-1");
    expect(await pipeline.processPending()).toBe(0);
  });
});
