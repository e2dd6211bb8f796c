import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { createConsoleAdapter } from "../../../src/chat/console/console-adapter.js";
import { loadGazetteer } from "../../../src/claims/load-gazetteer.js";
import { deliverDueBriefings } from "../../../src/delivery/deliver-due-briefings.js";
import { type BriefingOrder, enqueueBriefing } from "../../../src/delivery/enqueue-briefing.js";
import { silentLogger } from "../../../src/logger.js";
import { processNewArticles } from "../../../src/pipeline/process-new-articles.js";
import { createSpeakerRegistry } from "../../../src/pipeline/speaker-registry.js";
import { openStore } from "../../../src/store/open-store.js";
import type { Store } from "../../../src/store/store.js";
import { makeArticle } from "../store/store-factories.js";

let store: Store;
afterEach(async () => {
  await store.close();
});

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

const order = (slot: string, overrides: Partial<BriefingOrder> = {}): BriefingOrder => ({
  subscriptionId: "sub-1",
  workspaceId: "T1",
  channel: "console",
  topic: "peace-plan",
  timezone: "Europe/Kyiv",
  slot: new Date(slot),
  ...overrides,
});

function printed(stream: PassThrough): () => string {
  let text = "";
  stream.on("data", (chunk: Buffer) => {
    text += chunk.toString();
  });
  return () => text;
}

describe("enqueueBriefing", () => {
  it("when a slot is queued and delivered, then the console shows the briefing of the 24 hours before the slot, from the workspace's default topic", async () => {
    await seededStore();
    const out = new PassThrough();
    const text = printed(out);
    const outcome = await enqueueBriefing({ store, logger: silentLogger }, order("2025-11-21T06:00:00Z"));
    expect(outcome.kind).toBe("queued");
    await deliverDueBriefings({
      store,
      adapters: new Map([["console", createConsoleAdapter({ stream: out })]]),
      logger: silentLogger,
      owner: "test",
    });
    expect(text()).toContain("briefing for Fri 21 Nov 2025, 08:00 Europe/Kyiv");
    expect(text()).toMatch(/Dmitry Peskov[^\n]*\n?[^\n]*denies/);
  });

  it("when the same slot is queued again (a restart, a second replica), then there is still one briefing", async () => {
    await seededStore();
    const deps = { store, logger: silentLogger };
    const outcomes = await Promise.all([
      enqueueBriefing(deps, order("2025-11-21T06:00:00Z")),
      enqueueBriefing(deps, order("2025-11-21T06:00:00Z")),
    ]);
    expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(["duplicate", "queued"]);
    expect((await store.countBriefingsByStatus()).pending).toBe(1);
  });

  it("when the earlier slot could not go out by the next, then the next supersedes it and covers both periods", async () => {
    await seededStore();
    const deps = { store, logger: silentLogger, now: () => new Date("2025-11-20T06:00:00Z") };
    const first = await enqueueBriefing(deps, order("2025-11-20T06:00:00Z"));
    if (first.kind !== "queued") throw new Error("expected the first slot to be queued");
    // Its one attempt failed, and it waits for a retry.
    await store.claimDueBriefings({
      now: "2025-11-20T06:00:01Z",
      limit: 5,
      owner: "t",
      leaseUntil: "2025-11-20T06:01:00Z",
    });
    await store.retryBriefingLater(first.briefing.id, {
      nextAttemptAt: "2025-11-21T07:00:00Z",
      error: "slack answered 500",
    });
    const second = await enqueueBriefing(deps, order("2025-11-21T06:00:00Z"));
    expect(second).toMatchObject({
      kind: "queued",
      superseded: [
        { id: first.kind === "queued" ? first.briefing.id : "", since: "2025-11-19T06:00:00.000Z" },
      ],
    });
    expect(second.kind === "queued" && second.briefing).toMatchObject({
      since: "2025-11-19T06:00:00.000Z",
      until: "2025-11-21T06:00:00.000Z",
    });
  });

  it("when the previous briefing was sent, then the next one starts where it ended", async () => {
    await seededStore();
    const deps = { store, logger: silentLogger };
    const first = await enqueueBriefing(deps, order("2025-11-21T06:00:00Z"));
    if (first.kind !== "queued") throw new Error("expected the first slot to be queued");
    await store.markBriefingPosted(first.briefing.id, ["1"], "2025-11-21T06:00:02Z");
    const next = await enqueueBriefing(deps, order("2025-11-21T18:00:00Z"));
    expect(next.kind === "queued" && next.briefing).toMatchObject({
      since: "2025-11-21T06:00:00.000Z",
      until: "2025-11-21T18:00:00.000Z",
    });
  });

  it("when the topic is unknown in the workspace and the defaults, then nothing is queued", async () => {
    await seededStore();
    const outcome = await enqueueBriefing(
      { store, logger: silentLogger },
      order("2025-11-21T06:00:00Z", { topic: "elections" }),
    );
    expect(outcome).toEqual({ kind: "unknown_topic" });
    expect((await store.countBriefingsByStatus()).pending).toBe(0);
  });
});
