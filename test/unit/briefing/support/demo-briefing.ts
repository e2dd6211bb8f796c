import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Briefing } from "../../../../src/briefing/briefing.js";
import { composeBriefing } from "../../../../src/briefing/compose-briefing.js";
import { loadGazetteer } from "../../../../src/claims/load-gazetteer.js";
import { loadConfig, packageRoot } from "../../../../src/config/load-config.js";
import type { Article } from "../../../../src/ingest/article.js";
import { normaliseItem } from "../../../../src/ingest/normalise-item.js";
import { parseFeed } from "../../../../src/ingest/parse-feed.js";
import { silentLogger } from "../../../../src/logger.js";
import { processNewArticles } from "../../../../src/pipeline/process-new-articles.js";
import { createSpeakerRegistry } from "../../../../src/pipeline/speaker-registry.js";
import { openStore } from "../../../../src/store/open-store.js";
import type { Topic } from "../../../../src/topics/topic.js";

/** The demo's bundled feeds: the seed rewording plus the articles we wrote about the story. */
export const demoFeedsDir = path.join(packageRoot, "src", "demo", "feeds");

/** The morning briefing the demo content should produce: 24 h before Fri 21 Nov 2025, 08:00 Kyiv. */
export const demoWindow = { since: "2025-11-20T06:00:00.000Z", until: "2025-11-21T06:00:00.000Z" };
const fetchedAt = new Date("2025-11-21T06:00:00.000Z");

/** Parse the demo feed files as the ingest would (fixed fetch time, so the result is stable). */
export async function readDemoArticles(): Promise<Article[]> {
  const articles: Article[] = [];
  for (const file of readdirSync(demoFeedsDir).sort()) {
    const parsed = await parseFeed(readFileSync(path.join(demoFeedsDir, file), "utf8"));
    if (parsed.kind !== "ok") throw new Error(`${file}: ${parsed.reason} ${parsed.detail}`);
    const context = {
      feedId: `demo-${file}`,
      feedUrl: `https://feeds.example/${file}`,
      channelTitle: parsed.feed.title,
      channelLink: parsed.feed.link,
      fetchedAt,
    };
    articles.push(...parsed.feed.items.map((item) => normaliseItem(item, context)));
  }
  return articles;
}

/**
 * Ingest the demo articles into an in-memory store through the real extractor and story
 * clustering, then compose the peace-plan briefing from config/default.yaml.
 */
export async function composeDemoBriefing(): Promise<Briefing> {
  const { config } = loadConfig({ env: {} });
  const topicConfig = config.topics.find((topic) => topic.name === "peace-plan");
  if (topicConfig === undefined) throw new Error("config/default.yaml has no peace-plan topic");
  const topic: Topic = {
    workspaceId: "default",
    name: topicConfig.name,
    ...(topicConfig.title === undefined ? {} : { title: topicConfig.title }),
    query: topicConfig.query,
    createdAt: "2025-11-01T00:00:00.000Z",
  };
  const store = await openStore("sqlite::memory:");
  try {
    // Oldest first, as feeds deliver them, so stories are created by their first article.
    const articles = (await readDemoArticles()).sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
    const stored = await store.insertNewArticles(articles, true);
    await processNewArticles(
      { store, gazetteer: loadGazetteer(), logger: silentLogger, speakers: createSpeakerRegistry(store) },
      stored,
    );
    return await composeBriefing({ store }, { topic, window: demoWindow, timezone: "Europe/Kyiv" });
  } finally {
    await store.close();
  }
}
