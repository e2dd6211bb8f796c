import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkFeed } from "../../../src/ingest/check-feed.js";
import { defaultWindow } from "../../../src/pipeline/default-window.js";
import { findTopic } from "../../../src/pipeline/find-topic.js";
import { makeItems, makeRssFeed } from "../../fixtures/feeds/make-feed.js";
import { useTempDir } from "../../support/temp-dir.js";
import { storeBackends } from "../../support/test-stores.js";
import { makeOutboxBriefing } from "../store/outbox-factories.js";
import { feedCheckSettings, useCommandHarness } from "./support/command-harness.js";
import { makeTopic } from "./support/seed.js";

const subscription = (workspaceId: string, channel: string, topic: string) => ({
  id: `${workspaceId}-${channel}-${topic}`,
  workspaceId,
  channel,
  topic,
  cron: "0 8 * * *",
  timezone: "UTC",
  source: "admin" as const,
  createdBy: "slack:U1",
  createdAt: "2025-11-01T00:00:00.000Z",
  updatedBy: "slack:U1",
  updatedAt: "2025-11-01T00:00:00.000Z",
  pausedReason: null,
});

describe("findTopic", () => {
  const harness = useCommandHarness(storeBackends[0] as (typeof storeBackends)[number]);

  it("when a name is given, then the workspace's topic wins over the default one, and the default set is seen too", async () => {
    const { store } = harness();
    await store.upsertTopic(makeTopic());
    await store.upsertTopic(makeTopic({ name: "grain", query: "grain" }));
    await store.upsertTopic(makeTopic({ workspaceId: "W", query: "Kyiv" }));
    const own = await findTopic(store, { workspaceId: "W", name: "peace-plan" });
    expect(own).toMatchObject({ kind: "found", origin: "workspace", via: "name", topic: { query: "Kyiv" } });
    expect(await findTopic(store, { workspaceId: "W", name: "grain" })).toMatchObject({
      kind: "found",
      origin: "default",
    });
    expect(await findTopic(store, { workspaceId: "W", name: "nope" })).toEqual({
      kind: "unknown",
      name: "nope",
      known: ["peace-plan", "grain"],
    });
  });

  it("when no name is given, then the channel's subscribed topic wins, else the workspace's first", async () => {
    const { store } = harness();
    await store.upsertTopic(makeTopic());
    await store.upsertTopic(makeTopic({ name: "grain", query: "grain" }));
    await store.upsertSubscription(subscription("W", "slack:C1", "grain"));
    expect(await findTopic(store, { workspaceId: "W", channel: "slack:C1" })).toMatchObject({
      via: "subscription",
      topic: { name: "grain" },
    });
    expect(await findTopic(store, { workspaceId: "W", channel: "slack:C2" })).toMatchObject({
      via: "first",
      topic: { name: "grain" },
    });
  });

  it("when the workspace sees no topic at all, then none is found", async () => {
    expect(await findTopic(harness().store, { workspaceId: "W" })).toEqual({ kind: "none" });
  });

  it("when config topics are passed, then one the store lacks is found, and a stored one takes the config title", async () => {
    const { store } = harness();
    await store.upsertTopic(makeTopic({ title: "Old title", query: "stored query" }));
    const configured = [
      makeTopic({ title: "New title", query: "config query" }),
      makeTopic({ name: "grain", query: "grain" }),
    ];
    expect(await findTopic(store, { workspaceId: "default", name: "peace-plan", configured })).toMatchObject({
      topic: { title: "New title", query: "stored query" },
    });
    expect(await findTopic(store, { workspaceId: "W", name: "grain", configured })).toMatchObject({
      kind: "found",
    });
  });
});

describe("defaultWindow", () => {
  const harness = useCommandHarness(storeBackends[0] as (typeof storeBackends)[number]);
  const until = new Date("2025-11-21T06:00:00.000Z");

  async function posted(untilIso: string): Promise<void> {
    const { store } = harness();
    await store.recordBriefing({
      ...makeOutboxBriefing({ id: "base", slot: "2025-01-01T00:00:00.000Z" }),
      id: untilIso,
      channel: "slack:C1",
      workspaceId: "W",
      topic: "peace-plan",
      slot: untilIso,
      since: "2025-01-01T00:00:00.000Z",
      until: untilIso,
      createdAt: untilIso,
      postedAt: null,
      messageIds: [],
    });
    await store.markBriefingPosted(untilIso, ["m"], untilIso);
  }

  it("when the channel never had a briefing, or no channel is given, then it is the last 24 hours", async () => {
    const { store } = harness();
    const request = { workspaceId: "W", topic: "peace-plan", until };
    const expected = { since: "2025-11-20T06:00:00.000Z", until: "2025-11-21T06:00:00.000Z" };
    expect(await defaultWindow(store, { ...request, channel: "slack:C1" })).toEqual(expected);
    expect(await defaultWindow(store, request)).toEqual(expected);
  });

  it("when the channel had one, then the window starts where it ended, but never more than a week back", async () => {
    await posted("2025-11-20T16:00:00.000Z");
    const request = { channel: "slack:C1", workspaceId: "W", topic: "peace-plan", until };
    expect((await defaultWindow(harness().store, request)).since).toBe("2025-11-20T16:00:00.000Z");
    const late = new Date("2025-12-20T06:00:00.000Z");
    expect((await defaultWindow(harness().store, { ...request, until: late })).since).toBe(
      "2025-12-13T06:00:00.000Z",
    );
  });
});

describe("checkFeed", () => {
  const tempDir = useTempDir();

  it("when a file path is checked without allowFiles, then it is refused and the disk is not read", async () => {
    const file = path.join(tempDir(), "feed.xml");
    writeFileSync(file, makeRssFeed({ items: makeItems(2) }));
    expect(await checkFeed(file, feedCheckSettings([]))).toMatchObject({ kind: "failed", reason: "bad_url" });
    expect(await checkFeed(file, { ...feedCheckSettings([]), allowFiles: true })).toMatchObject({
      kind: "ok",
      url: `file://${file}`,
    });
  });
});
