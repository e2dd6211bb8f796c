import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { feedIdFor } from "../../../src/ingest/feed-id.js";
import { syncConfigFeeds } from "../../../src/ingest/sync-config-feeds.js";
import { openStore } from "../../../src/store/open-store.js";
import type { Store } from "../../../src/store/store.js";

const url = "https://wire.example/world.xml";
let store: Store;
beforeEach(async () => {
  store = await openStore("sqlite::memory:");
});
afterEach(async () => {
  await store.close();
});

async function disable(): Promise<void> {
  await store.recordFetchFailure(feedIdFor(url), {
    at: "2025-11-20T10:00:00.000Z",
    reason: "http_404",
    nextPollAt: "2025-11-20T10:30:00.000Z",
    disable: "http_404 ten times in a row",
  });
}

describe("syncConfigFeeds and disabled feeds", () => {
  it("when a disabled config feed's entry is unchanged, then it stays disabled with its reason", async () => {
    await syncConfigFeeds(store, [{ url, fullText: false }], new Date("2025-11-20T09:00:00Z"), 10);
    await disable();
    await syncConfigFeeds(store, [{ url, fullText: false }], new Date("2025-11-20T11:00:00Z"), 10);
    expect((await store.getFeed(feedIdFor(url)))?.disabledReason).toBe("http_404 ten times in a row");
  });

  it("when an operator changes a disabled config feed's entry, then it is enabled again and its failures start over", async () => {
    await syncConfigFeeds(store, [{ url, fullText: false }], new Date("2025-11-20T09:00:00Z"), 10);
    await disable();
    await syncConfigFeeds(
      store,
      [{ url, outlet: "World Wire", fullText: false }],
      new Date("2025-11-20T11:00:00Z"),
      10,
    );
    expect(await store.getFeed(feedIdFor(url))).toMatchObject({
      disabledReason: null,
      failureCount: 0,
      outlet: "World Wire",
    });
  });
});
