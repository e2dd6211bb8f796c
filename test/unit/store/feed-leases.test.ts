import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../../src/store/store.js";
import { storeBackends } from "../../support/test-stores.js";

const due = "2025-11-20T10:00:00.000Z";
const take = (now: string, limit = 100) => ({
  now,
  limit,
  leaseUntil: new Date(Date.parse(now) + 120_000).toISOString(),
});

describe.each(storeBackends)("feed leases in the $name store", (backend) => {
  let store: Store;
  beforeEach(async () => {
    store = await backend.open();
    for (let index = 0; index < 30; index++) {
      await store.upsertFeed({ url: `https://news${index}.example/rss`, source: "config", nextPollAt: due });
    }
  });
  afterEach(async () => {
    await store.close();
  });

  it("when replicas take due feeds at the same moment, then each feed goes to exactly one of them", async () => {
    const batches = await Promise.all(
      [1, 2, 3].map(() => store.claimDueFeeds(take("2025-11-20T10:00:01.000Z"))),
    );
    const ids = batches.flat().map((feed) => feed.id);
    expect(ids).toHaveLength(30);
    expect(new Set(ids).size).toBe(30);
  });

  it("when a replica took feeds and died, then they are due again only after the lease", async () => {
    expect(await store.claimDueFeeds(take("2025-11-20T10:00:01.000Z", 5))).toHaveLength(5);
    expect(await store.claimDueFeeds(take("2025-11-20T10:01:00.000Z"))).toHaveLength(25);
    expect(await store.claimDueFeeds(take("2025-11-20T10:01:30.000Z"))).toHaveLength(0);
    expect(await store.claimDueFeeds(take("2025-11-20T10:02:02.000Z"))).toHaveLength(5);
  });

  it("when a taken feed is recorded, then its next poll is the real one, not the lease", async () => {
    const [feed] = await store.claimDueFeeds(take("2025-11-20T10:00:01.000Z", 1));
    if (!feed) throw new Error("expected a due feed");
    expect(feed.nextPollAt).toBe(due);
    await store.recordFetchSuccess(feed.id, {
      at: "2025-11-20T10:00:02.000Z",
      nextPollAt: "2025-11-20T10:10:02.000Z",
      etag: null,
      lastModified: null,
      bodyHash: null,
    });
    expect((await store.getFeed(feed.id))?.nextPollAt).toBe("2025-11-20T10:10:02.000Z");
  });
});
