import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { feedIdFor } from "../../../src/ingest/feed-id.js";
import type { FeedInput } from "../../../src/ingest/feed-record.js";
import type { Store } from "../../../src/store/store.js";
import { storeBackends } from "../../support/test-stores.js";

const configFeed = (overrides: Partial<FeedInput> = {}): FeedInput => ({
  url: "https://news.example/world/rss.xml",
  outlet: "Example News",
  source: "config",
  nextPollAt: "2025-11-20T10:00:00.000Z",
  ...overrides,
});

const success = {
  at: "2025-11-20T10:00:05.000Z",
  nextPollAt: "2025-11-20T10:10:00.000Z",
  etag: '"v1"',
  lastModified: "Thu, 20 Nov 2025 09:58:00 GMT",
  bodyHash: "abc123",
  title: "World news",
};

describe.each(storeBackends)("feeds in the $name store", (backend) => {
  let store: Store;
  beforeEach(async () => {
    store = await backend.open();
  });
  afterEach(async () => {
    await store.close();
  });

  it("when a feed is added, then it is stored under its URL's id, unseeded and due", async () => {
    const feed = await store.upsertFeed(configFeed({ fullText: true }));
    expect(feed).toEqual({
      id: feedIdFor("https://news.example/world/rss.xml"),
      url: "https://news.example/world/rss.xml",
      outlet: "Example News",
      title: null,
      fullText: true,
      source: "config",
      workspaceId: null,
      etag: null,
      lastModified: null,
      bodyHash: null,
      failureCount: 0,
      lastError: null,
      lastFetchedAt: null,
      nextPollAt: "2025-11-20T10:00:00.000Z",
      disabledReason: null,
      seeded: false,
    });
    expect(await store.getFeed(feed.id)).toEqual(feed);
  });

  it("when a known feed is upserted again, then its settings change and its polling state stays", async () => {
    const feed = await store.upsertFeed(configFeed());
    await store.recordFetchSuccess(feed.id, success);
    const again = await store.upsertFeed(
      configFeed({ outlet: "Renamed", fullText: true, nextPollAt: "2030-01-01T00:00:00.000Z" }),
    );
    expect(again).toMatchObject({
      outlet: "Renamed",
      fullText: true,
      etag: '"v1"',
      bodyHash: "abc123",
      seeded: true,
      nextPollAt: success.nextPollAt,
    });
    expect(await store.listFeeds()).toHaveLength(1);
  });

  it("when an admin adds a feed that config already lists, then it stays a config feed", async () => {
    await store.upsertFeed(configFeed());
    const again = await store.upsertFeed(configFeed({ source: "admin", workspaceId: "guild-1" }));
    expect(again).toMatchObject({ source: "config", workspaceId: null });
  });

  it("when feeds are due, then only active feeds at or before now come back, oldest first", async () => {
    const late = await store.upsertFeed(
      configFeed({ url: "https://a.example/rss", nextPollAt: "2025-11-20T10:05:00Z" }),
    );
    const early = await store.upsertFeed(
      configFeed({ url: "https://b.example/rss", nextPollAt: "2025-11-20T09:00:00Z" }),
    );
    await store.upsertFeed(configFeed({ url: "https://c.example/rss", nextPollAt: "2025-11-20T11:00:00Z" }));
    const off = await store.upsertFeed(
      configFeed({ url: "https://d.example/rss", nextPollAt: "2025-11-20T08:00:00Z" }),
    );
    await store.recordFetchFailure(off.id, {
      at: "2025-11-20T08:00:00Z",
      reason: "http_404",
      nextPollAt: "2025-11-20T08:30:00Z",
      disable: "http_404 five times in a row",
    });

    const due = await store.dueFeeds("2025-11-20T10:05:00.000Z", 10);
    expect(due.map((feed) => feed.id)).toEqual([early.id, late.id]);
    expect(await store.dueFeeds("2025-11-20T10:05:00.000Z", 1)).toHaveLength(1);
  });

  it("when fetches fail, then failures count up with the reason, and disabling keeps it for admins", async () => {
    const feed = await store.upsertFeed(configFeed());
    await store.recordFetchFailure(feed.id, {
      at: "2025-11-20T10:00:00Z",
      reason: "timeout",
      nextPollAt: "2025-11-20T10:20:00Z",
      disable: null,
    });
    await store.recordFetchFailure(feed.id, {
      at: "2025-11-20T10:20:00Z",
      reason: "malformed_xml",
      nextPollAt: "2025-11-20T11:00:00Z",
      disable: "malformed_xml after 2 failures",
    });
    expect(await store.getFeed(feed.id)).toMatchObject({
      failureCount: 2,
      lastError: "malformed_xml",
      lastFetchedAt: "2025-11-20T10:20:00.000Z",
      nextPollAt: "2025-11-20T11:00:00.000Z",
      disabledReason: "malformed_xml after 2 failures",
      seeded: false,
    });
    expect(await store.dueFeeds("2030-01-01T00:00:00Z", 10)).toEqual([]);
  });

  it("when a failing feed succeeds, then failures reset and the feed is seeded with its caching headers", async () => {
    const feed = await store.upsertFeed(configFeed());
    await store.recordFetchFailure(feed.id, {
      at: "2025-11-20T09:50:00Z",
      reason: "timeout",
      nextPollAt: "2025-11-20T10:00:00Z",
      disable: null,
    });
    await store.recordFetchSuccess(feed.id, success);
    expect(await store.getFeed(feed.id)).toMatchObject({
      failureCount: 0,
      lastError: null,
      seeded: true,
      title: "World news",
      etag: '"v1"',
      lastModified: success.lastModified,
      bodyHash: "abc123",
      lastFetchedAt: success.at,
      nextPollAt: success.nextPollAt,
    });
  });

  it("when a success carries no title, then the learnt title is kept", async () => {
    const feed = await store.upsertFeed(configFeed());
    await store.recordFetchSuccess(feed.id, success);
    const { title: _title, ...withoutTitle } = success;
    await store.recordFetchSuccess(feed.id, { ...withoutTitle, etag: '"v2"' });
    expect(await store.getFeed(feed.id)).toMatchObject({ title: "World news", etag: '"v2"' });
  });

  it("when an admin re-enables a disabled feed, then it is due again with no failures", async () => {
    const feed = await store.upsertFeed(configFeed());
    await store.recordFetchFailure(feed.id, {
      at: "2025-11-20T10:00:00Z",
      reason: "blocked_address",
      nextPollAt: "2025-11-21T10:00:00Z",
      disable: "blocked_address",
    });
    await store.enableFeed(feed.id, "2025-11-20T12:00:00Z");
    expect(await store.getFeed(feed.id)).toMatchObject({ disabledReason: null, failureCount: 0 });
    expect((await store.dueFeeds("2025-11-20T12:00:00Z", 10)).map((due) => due.id)).toEqual([feed.id]);
  });

  it("when a feed is removed, then it is gone and its articles still count as seen", async () => {
    const feed = await store.upsertFeed(configFeed());
    const article = {
      id: "a-1",
      feedId: feed.id,
      url: "https://news.example/a-1",
      title: "A",
      text: "",
      author: null,
      outlet: "Example News",
      publishedAt: "2025-11-20T10:00:00Z",
      dateIsFallback: false,
      fetchedAt: "2025-11-20T10:00:00Z",
    };
    await store.insertNewArticles([article], true);
    await store.removeFeed(feed.id);
    expect(await store.getFeed(feed.id)).toBeUndefined();
    expect(await store.listFeeds()).toEqual([]);
    expect(await store.insertNewArticles([article], true)).toEqual([]);
  });
});

describe("feedIdFor", () => {
  it("when URLs differ only in host case, fragment or a trailing slash, then they are one feed", () => {
    const id = feedIdFor("https://news.example/rss");
    expect(feedIdFor("https://NEWS.Example/rss/")).toBe(id);
    expect(feedIdFor("https://news.example/rss#top")).toBe(id);
    expect(id).toMatch(/^[0-9a-f]{16}$/);
  });

  it("when URLs differ in path case or query, then they are different feeds", () => {
    const id = feedIdFor("https://news.example/rss");
    expect(feedIdFor("https://news.example/RSS")).not.toBe(id);
    expect(feedIdFor("https://news.example/rss?lang=en")).not.toBe(id);
  });
});
