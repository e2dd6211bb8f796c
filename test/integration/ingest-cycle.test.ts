import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Config, configSchema } from "../../src/config/config-schema.js";
import { feedIdFor } from "../../src/ingest/feed-id.js";
import { runIngestCycle } from "../../src/ingest/run-ingest-cycle.js";
import type { StoredArticle } from "../../src/ingest/stored-article.js";
import { silentLogger } from "../../src/logger.js";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { useFakeFeedServer } from "../fakes/use-fake-feed-server.js";
import { makeItems, makeRssFeed } from "../fixtures/feeds/make-feed.js";

function makeConfig(urls: string[], ingest: Partial<Config["ingest"]> = {}): Config {
  return configSchema.parse({
    ingest: { allowPrivate: ["127.0.0.1"], timeoutMs: 2_000, ...ingest },
    feeds: urls.map((url) => ({ url })),
  });
}

describe("ingest cycle against a local feed server and a real store", () => {
  const server = useFakeFeedServer();
  let store: Store;

  beforeEach(async () => {
    store = await openStore("sqlite::memory:");
  });
  afterEach(async () => {
    await store.close();
  });

  const cycle = (
    config: Config,
    extra: { now?: () => Date; afterStore?: (a: StoredArticle[]) => Promise<void> } = {},
  ) => runIngestCycle({ store, config, logger: silentLogger, ...extra }, { all: true });

  it("when a feed is fetched the first time, then its articles are stored but not announced", async () => {
    server().route("/feed", { body: makeRssFeed({ items: makeItems(3) }) });
    const summary = await cycle(makeConfig([server().url("/feed")]));
    expect(summary).toMatchObject({ feeds: 1, ok: 1, newArticles: 0, seededArticles: 3 });
    expect(await store.countArticles()).toBe(3);
    const feed = await store.getFeed(feedIdFor(server().url("/feed")));
    expect(feed?.seeded).toBe(true);
  });

  it("when announceFirstFetch is on, then the first fetch is announced", async () => {
    server().route("/feed", { body: makeRssFeed({ items: makeItems(2) }) });
    const summary = await cycle(makeConfig([server().url("/feed")], { announceFirstFetch: true }));
    expect(summary).toMatchObject({ newArticles: 2, seededArticles: 0 });
  });

  it("when a feed changes between cycles, then only the new items are announced and handed on", async () => {
    const config = makeConfig([server().url("/feed")]);
    server().route("/feed", { body: makeRssFeed({ items: makeItems(3) }) });
    await cycle(config);
    const newest = {
      guid: "fresh-1",
      title: "Fresh report on the talks",
      link: "https://wire.example/fresh/1",
      pubDate: "Fri, 21 Nov 2025 08:00:00 GMT",
    };
    server().route("/feed", { body: makeRssFeed({ items: [newest, ...makeItems(3)] }) });
    const handed: StoredArticle[] = [];
    const summary = await cycle(config, { afterStore: async (articles) => void handed.push(...articles) });
    expect(summary).toMatchObject({ ok: 1, newArticles: 1, seededArticles: 0 });
    expect(handed.map((article) => article.title)).toEqual(["Fresh report on the talks"]);
    expect(handed[0]).toMatchObject({ announced: true, url: "https://wire.example/fresh/1" });
  });

  it("when the feed answers 304 to our ETag and Last-Modified, then nothing is parsed", async () => {
    const config = makeConfig([server().url("/feed")]);
    let served = 0;
    server().route("/feed", (request) => {
      served++;
      const fresh =
        request.headers["if-none-match"] === '"v1"' &&
        request.headers["if-modified-since"] === "Thu, 20 Nov 2025 10:00:00 GMT";
      return fresh
        ? { status: 304 }
        : {
            body: makeRssFeed({ items: makeItems(2) }),
            headers: { etag: '"v1"', "last-modified": "Thu, 20 Nov 2025 10:00:00 GMT" },
          };
    });
    await cycle(config);
    const summary = await cycle(config);
    expect(summary).toMatchObject({ ok: 0, notModified: 1, newArticles: 0 });
    expect(served).toBe(2);
    const second = server().requestsTo("/feed")[1]?.headers;
    expect(second?.["if-none-match"]).toBe('"v1"');
    expect(second?.["if-modified-since"]).toBe("Thu, 20 Nov 2025 10:00:00 GMT");
  });

  it("when the body is byte-identical to the last one, then it counts as not modified", async () => {
    const config = makeConfig([server().url("/feed")]);
    server().route("/feed", { body: makeRssFeed({ items: makeItems(2) }) });
    await cycle(config);
    expect(await cycle(config)).toMatchObject({ ok: 0, notModified: 1 });
  });

  it("when the same URL is configured twice, then it is fetched once", async () => {
    server().route("/feed", { body: makeRssFeed({ items: makeItems(1) }) });
    await cycle(makeConfig([server().url("/feed"), server().url("/feed")]));
    expect(server().requestsTo("/feed")).toHaveLength(1);
  });

  it("when one feed is broken, then the others are still ingested and the failure is reported", async () => {
    server().route("/good", { body: makeRssFeed({ items: makeItems(2, "good") }) });
    server().route("/html", {
      body: "<!DOCTYPE html><html><body><p>Welcome</p></body></html>",
      headers: { "content-type": "text/html" },
    });
    server().route("/gone", { status: 404 });
    server().route("/error", { status: 500 });
    server().route("/text", {
      body: makeRssFeed({ items: makeItems(1, "plain") }),
      headers: { "content-type": "text/plain" },
    });
    const summary = await cycle(
      makeConfig(["/good", "/html", "/gone", "/error", "/text"].map((path) => server().url(path))),
    );
    expect(summary).toMatchObject({ feeds: 5, ok: 2, failed: 3, seededArticles: 3 });
    expect(
      new Set(summary.failures.map((failure) => `${new URL(failure.url).pathname} ${failure.reason}`)),
    ).toEqual(new Set(["/html not_a_feed", "/gone http_404", "/error http_500"]));
  });

  it("when a feed keeps failing, then it backs off exponentially and is disabled with the reason kept", async () => {
    server().route("/gone", { status: 404 });
    const config = makeConfig([server().url("/gone")], { maxFailures: 3, intervalMinutes: 10 });
    const id = feedIdFor(server().url("/gone"));
    const now = new Date("2025-11-20T12:00:00Z");
    const delays: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      await cycle(config, { now: () => now });
      const feed = await store.getFeed(id);
      delays.push((Date.parse(feed?.nextPollAt ?? "") - now.getTime()) / 60_000);
    }
    expect(delays[0]).toBeGreaterThanOrEqual(9);
    expect(delays[0]).toBeLessThanOrEqual(11);
    expect(delays[1]).toBeGreaterThanOrEqual(18);
    expect(delays[1]).toBeLessThanOrEqual(22);
    const feed = await store.getFeed(id);
    expect(feed).toMatchObject({
      failureCount: 3,
      lastError: "http_404",
      disabledReason: "disabled after 3 consecutive failures: http_404",
    });
    expect(await cycle(config)).toMatchObject({ feeds: 0 });
  });

  it("when a cycle runs without `all`, then new feeds are spread over the interval and only due ones are polled", async () => {
    const paths = ["/a", "/b", "/c", "/d"];
    for (const path of paths)
      server().route(path, { body: makeRssFeed({ items: makeItems(1, path.slice(1)) }) });
    const config = makeConfig(
      paths.map((path) => server().url(path)),
      { intervalMinutes: 8 },
    );
    const now = new Date("2025-11-20T12:00:00Z");
    const summary = await runIngestCycle({ store, config, logger: silentLogger, now: () => now });
    expect(summary.feeds).toBe(1);
    const polls = (await store.listFeeds())
      .map((feed) => Date.parse(feed.nextPollAt) - now.getTime())
      .sort((a, b) => a - b);
    expect(polls).toEqual([2, 4, 6, 8].map((minutes) => minutes * 60_000));
  });

  it("when afterStore throws, then the feed still counts as ok and its articles stay stored", async () => {
    server().route("/feed", { body: makeRssFeed({ items: makeItems(2) }) });
    const summary = await cycle(makeConfig([server().url("/feed")], { announceFirstFetch: true }), {
      afterStore: async () => {
        throw new Error("claims exploded");
      },
    });
    expect(summary).toMatchObject({ ok: 1, failed: 0, newArticles: 2 });
    expect(await store.countArticles()).toBe(2);
  });
});
