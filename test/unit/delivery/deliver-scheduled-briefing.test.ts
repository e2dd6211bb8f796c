import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import type { ChatAdapter } from "../../../src/chat/chat-adapter.js";
import { createConsoleAdapter } from "../../../src/chat/console/console-adapter.js";
import { loadGazetteer } from "../../../src/claims/load-gazetteer.js";
import { deliverScheduledBriefing } from "../../../src/delivery/deliver-scheduled-briefing.js";
import { createLogger, silentLogger } from "../../../src/logger.js";
import { processNewArticles } from "../../../src/pipeline/process-new-articles.js";
import { createSpeakerRegistry } from "../../../src/pipeline/speaker-registry.js";
import { openStore } from "../../../src/store/open-store.js";
import type { Store } from "../../../src/store/store.js";
import { makeArticle } from "../store/store-factories.js";

let store: Store;
afterEach(async () => {
  await store.close();
});

function collect(stream: PassThrough): () => string {
  let text = "";
  stream.on("data", (chunk: Buffer) => {
    text += chunk.toString();
  });
  return () => text;
}

async function seededStore(): Promise<Store> {
  store = await openStore("sqlite::memory:");
  await store.upsertTopic({
    workspaceId: "default",
    name: "peace-plan",
    query: "Ukraine AND plan",
    createdAt: "2025-11-01T00:00:00.000Z",
  });
  const stored = await store.insertNewArticles(
    [
      makeArticle({
        id: "a1",
        title: "Kremlin denies Ukraine plan talks",
        text: "Kremlin spokesman Dmitry Peskov said that no plan for Ukraine was being discussed with Washington.",
        publishedAt: "2025-11-20T10:00:00.000Z",
      }),
    ],
    true,
  );
  await processNewArticles(
    { store, gazetteer: loadGazetteer(), logger: silentLogger, speakers: createSpeakerRegistry(store) },
    stored,
  );
  return store;
}

const schedule = { channel: "console", topic: "peace-plan", cron: "0 8 * * *", timezone: "Europe/Kyiv" };

describe("deliverScheduledBriefing", () => {
  it("when a schedule fires, then the briefing of the 24 hours before the slot is posted to its channel", async () => {
    const out = new PassThrough();
    const printed = collect(out);
    const adapters = new Map<string, ChatAdapter>([["console", createConsoleAdapter({ stream: out })]]);
    await deliverScheduledBriefing(
      {
        store: await seededStore(),
        adapters,
        logger: silentLogger,
        now: () => new Date("2025-11-21T06:00:00Z"),
      },
      schedule,
      "default",
    );
    expect(printed()).toContain("briefing for Fri 21 Nov 2025, 08:00 Europe/Kyiv");
    expect(printed()).toMatch(/Dmitry Peskov[^\n]*\n?[^\n]*denies/);
  });

  it("when the channel's platform has no adapter or the topic is unknown, then nothing is posted and the log says why", async () => {
    const log = new PassThrough();
    const logged = collect(log);
    const logger = createLogger({ stream: log });
    const deps = { store: await seededStore(), adapters: new Map<string, ChatAdapter>(), logger };
    await deliverScheduledBriefing(deps, { ...schedule, channel: "slack:C123" }, "default");
    expect(logged()).toContain("no chat adapter for this channel");
    const out = new PassThrough();
    const printed = collect(out);
    deps.adapters.set("console", createConsoleAdapter({ stream: out }));
    await deliverScheduledBriefing(deps, { ...schedule, topic: "elections" }, "default");
    expect(logged()).toContain("schedule names an unknown topic");
    expect(printed()).toBe("");
  });
});

describe("deliverScheduledBriefing across runs", () => {
  it("when the same slot fires again (a restart, a second replica), then it is not posted twice", async () => {
    const out = new PassThrough();
    const printed = collect(out);
    const adapters = new Map<string, ChatAdapter>([["console", createConsoleAdapter({ stream: out })]]);
    const deps = {
      store: await seededStore(),
      adapters,
      logger: silentLogger,
      now: () => new Date("2025-11-21T06:00:00.400Z"),
    };
    await deliverScheduledBriefing(deps, schedule, "default");
    await deliverScheduledBriefing(deps, schedule, "default");
    expect(printed().match(/briefing for Fri 21 Nov 2025/g)).toHaveLength(1);
  });

  it("when the next slot comes, then its briefing starts where the last posted one ended", async () => {
    const adapters = new Map<string, ChatAdapter>([
      ["console", createConsoleAdapter({ stream: new PassThrough() })],
    ]);
    const deps = { store: await seededStore(), adapters, logger: silentLogger };
    await deliverScheduledBriefing(
      { ...deps, now: () => new Date("2025-11-21T06:00:00Z") },
      schedule,
      "default",
    );
    await deliverScheduledBriefing(
      { ...deps, now: () => new Date("2025-11-21T18:00:00Z") },
      schedule,
      "default",
    );
    const last = await store.lastPostedBriefing("console", "default", "peace-plan");
    expect(last).toMatchObject({ since: "2025-11-21T06:00:00.000Z", until: "2025-11-21T18:00:00.000Z" });
  });
});
