import path from "node:path";
import type { Briefing } from "../briefing/briefing.js";
import { composeBriefing } from "../briefing/compose-briefing.js";
import type { Config } from "../config/config-schema.js";
import { packageRoot } from "../config/load-config.js";
import { nextSlot } from "../delivery/next-slot.js";
import type { Logger } from "../logger.js";
import { createPipeline } from "../pipeline/create-pipeline.js";
import { syncConfigTopics } from "../pipeline/sync-config-topics.js";
import { openStore } from "../store/open-store.js";
import { serveFeedDirectory } from "./serve-feed-directory.js";

export const bundledFeedsDir = path.join(packageRoot, "src", "demo", "feeds");

export interface DemoResult {
  briefing: Briefing;
  feeds: number;
  articles: number;
  failures: { url: string; reason: string }[];
}

const dayMs = 24 * 60 * 60 * 1000;

/**
 * The whole bot offline: serve feed files from 127.0.0.1, ingest them through the real pipeline
 * into a throwaway in-memory store, and compose the briefing the topic's schedule would post
 * after the newest article.
 */
export async function runDemo(options: {
  config: Config;
  feedsDir: string;
  topicName: string;
  logger: Logger;
}): Promise<DemoResult> {
  const server = await serveFeedDirectory(options.feedsDir);
  const store = await openStore("sqlite::memory:", { logger: options.logger });
  try {
    const config: Config = {
      ...options.config,
      feeds: server.urls.map((url) => ({ url, fullText: false })),
      // The demo server lives on loopback, which the SSRF guard blocks unless allowed.
      ingest: { ...options.config.ingest, allowPrivate: ["127.0.0.1"], announceFirstFetch: true },
    };
    const now = new Date();
    await syncConfigTopics(store, config.topics, now);
    const topic = await store.getTopic("default", options.topicName);
    if (!topic) {
      const known = config.topics.map((t) => t.name).join(", ") || "none";
      throw new Error(`unknown topic "${options.topicName}" (known: ${known})`);
    }
    const pipeline = createPipeline({ store, config, logger: options.logger });
    const summary = await pipeline.ingest({ all: true });
    const schedule = config.schedules.find((s) => s.topic === topic.name);
    const timezone = schedule?.timezone ?? "UTC";
    // The briefing slot follows the newest dated article; undated items carry the fetch time, not news time.
    const recent = await store.articlesInWindow(
      { since: "1970-01-01T00:00:00.000Z", until: "9999-12-31T00:00:00.000Z" },
      200,
    );
    const newest = recent.find((article) => !article.dateIsFallback);
    const from = newest ? new Date(Date.parse(newest.publishedAt) + 60_000) : now;
    const until = (schedule && nextSlot(schedule.cron, timezone, from)) || from;
    const window = { since: new Date(until.getTime() - dayMs).toISOString(), until: until.toISOString() };
    const briefing = await composeBriefing({ store }, { topic, window, timezone });
    return {
      briefing,
      feeds: summary.feeds,
      articles: await store.countArticles(),
      failures: summary.failures,
    };
  } finally {
    await store.close();
    await server.close();
  }
}
