import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSettingsCache, maxCacheEntries } from "../../../src/commands/latest/settings-cache.js";
import { openStore } from "../../../src/store/open-store.js";
import type { Store } from "../../../src/store/store.js";

describe("the /latest cache under a stream of distinct questions", () => {
  let store: Store;
  beforeEach(async () => {
    store = await openStore("sqlite::memory:");
  });
  afterEach(async () => {
    await store.close();
  });

  it("when more distinct questions arrive than it holds, then the least recently asked go and the rest are reused", async () => {
    const cache = createSettingsCache(store, 60_000);
    let reads = 0;
    const ask = (key: string) =>
      cache.remember(key, async () => {
        reads += 1;
        return `${key} #${reads}`;
      });
    await ask("asked often");
    await ask("asked once");
    for (let index = 0; index < maxCacheEntries + 500; index += 1) {
      await ask(`question ${index}`);
      if (index % 100 === 0) await ask("asked often");
    }
    expect(cache.size()).toBe(maxCacheEntries);
    expect(await ask("asked often")).toBe("asked often #1");
    expect(await ask(`question ${maxCacheEntries + 499}`)).toBe(
      `question ${maxCacheEntries + 499} #${maxCacheEntries + 502}`,
    );
    expect(await ask("asked once")).toBe(`asked once #${maxCacheEntries + 503}`);
  });

  it("when the topics are read under such a stream, then they stay held and are read from the store once", async () => {
    await store.upsertTopic({
      workspaceId: "T1",
      name: "peace-plan",
      query: "ceasefire",
      createdAt: "2025-11-20T08:00:00.000Z",
    });
    const cache = createSettingsCache(store, 60_000);
    const first = await cache.listTopics("T1");
    for (let index = 0; index < maxCacheEntries * 2; index += 1) {
      await cache.remember(`question ${index}`, async () => index);
      if (index % 500 === 0) await cache.listTopics("T1");
    }
    // Behind the cache's back: still within its time, so the held list is what it answers.
    await store.removeTopic("T1", "peace-plan");
    expect(await cache.listTopics("T1")).toBe(first);
    expect(first.map((topic) => topic.name)).toEqual(["peace-plan"]);
  });
});
