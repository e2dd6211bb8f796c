import { describe, expect, it } from "vitest";
import { checkFeed } from "../../../src/ingest/check-feed.js";
import { feedIdFor } from "../../../src/ingest/feed-id.js";
import { useFakeFeedServer } from "../../fakes/use-fake-feed-server.js";
import { makeItems, makeRssFeed } from "../../fixtures/feeds/make-feed.js";
import { storeBackends } from "../../support/test-stores.js";
import { makeContext, makeRequest } from "./support/command-context.js";
import { feedCheckSettings, testNow, useCommandHarness } from "./support/command-harness.js";

const admin = () => makeContext({ admin: true });
const feed = (subcommand: string, options: Record<string, string> = {}, context = admin()) =>
  makeRequest("feed", options, { subcommand, context });

describe("/feed", () => {
  const harness = useCommandHarness(storeBackends[0] as (typeof storeBackends)[number]);
  const server = useFakeFeedServer();
  /** The handler as main.ts builds it in tests: the guard lets 127.0.0.1 through. */
  const localHandler = () =>
    harness().handler({ checkFeed: (url) => checkFeed(url, feedCheckSettings(["127.0.0.1"])) });

  it("when an admin adds a local feed the guard allows, then it is checked once, stored and the answer says what it found", async () => {
    server().route("/wire.xml", { body: makeRssFeed({ title: "Check Wire", items: makeItems(4) }) });
    const url = server().url("/wire.xml");
    const reply = await localHandler().handle(feed("add", { url, outlet: "The Wire" }));
    expect(reply).toMatchObject({ title: "Feed added: Check Wire.", tone: "success" });
    expect(JSON.stringify(reply)).toContain("4 items · rss 2.0");
    expect(JSON.stringify(reply)).toContain("story number 0 on the peace plan talks");
    expect(server().requestsTo("/wire.xml")).toHaveLength(1);
    const stored = await harness().store.getFeed(feedIdFor(url));
    expect(stored).toMatchObject({
      url,
      outlet: "The Wire",
      source: "admin",
      workspaceId: "T0WORK",
      nextPollAt: testNow.toISOString(),
    });
    expect(await harness().store.listAdminChanges("T0WORK", 1)).toEqual([
      expect.objectContaining({ action: "feed.add", target: url, detail: "The Wire" }),
    ]);
  });

  it("when a feed another workspace added is added again, then nothing is fetched and the answer says whose it is", async () => {
    const url = server().url("/wire.xml");
    await harness().store.upsertFeed({ url, source: "admin", workspaceId: "T0OTHER" });
    const reply = await localHandler().handle(feed("add", { url }));
    expect(reply).toMatchObject({ title: "This feed is already read.", tone: "info" });
    expect(JSON.stringify(reply)).toContain("Another workspace added it");
    expect(server().requests).toHaveLength(0);
    expect(await harness().store.listAdminChanges("T0WORK", 5)).toEqual([]);
  });

  it("when the address is private and not allowed, then the feed is refused as such, never fetched and not stored", async () => {
    server().route("/wire.xml", { body: makeRssFeed({ items: makeItems(1) }) });
    const { reply } = await harness().ask(feed("add", { url: server().url("/wire.xml") }));
    expect(reply).toMatchObject({ tone: "error", ephemeral: true });
    expect(reply.title).toBe(
      "The feed was refused: it points at a private, loopback or metadata address, which the bot never fetches.",
    );
    expect(server().requests).toHaveLength(0);
    expect(await harness().store.listFeeds()).toEqual([]);
  });

  it("when the URL serves a web page, then the answer says it is not a feed", async () => {
    server().route("/page", {
      body: "<html><body>hi</body></html>",
      headers: { "content-type": "text/html" },
    });
    const reply = await localHandler().handle(feed("add", { url: server().url("/page") }));
    expect(reply.title).toBe("The feed was refused: it is not an RSS or Atom feed.");
  });

  it("when a disabled feed is added again, then it is re-enabled with its failures forgotten", async () => {
    server().route("/wire.xml", { body: makeRssFeed({ items: makeItems(2) }) });
    const url = server().url("/wire.xml");
    const { store } = harness();
    const stored = await store.upsertFeed({ url, source: "admin", workspaceId: "T0WORK" });
    await store.recordFetchFailure(stored.id, {
      at: "2025-11-20T00:00:00.000Z",
      reason: "timeout",
      nextPollAt: "2025-11-21T00:00:00.000Z",
      disable: "10 failures in a row",
    });
    const reply = await localHandler().handle(feed("add", { url }));
    expect(reply.title).toMatch(/^Feed re-enabled: .*\(its failures are forgotten\)\.$/);
    expect(await store.getFeed(stored.id)).toMatchObject({ disabledReason: null, failureCount: 0 });
  });

  it("when feeds are listed, then each shows its health and no URL shows its credentials", async () => {
    const { store } = harness();
    const ok = await store.upsertFeed({
      url: "https://feeds.example/ok.xml",
      outlet: "Fine News",
      source: "config",
    });
    await store.recordFetchSuccess(ok.id, {
      at: "2025-11-21T05:50:00.000Z",
      nextPollAt: "2025-11-21T06:00:00.000Z",
      etag: null,
      lastModified: null,
      bodyHash: null,
    });
    const failing = await store.upsertFeed({
      url: "https://reader:s3cret@feeds.example/private.xml?token=abc123",
      outlet: "Paywalled",
      source: "admin",
      workspaceId: "T0WORK",
    });
    await store.recordFetchSuccess(failing.id, {
      at: "2025-11-19T06:00:00.000Z",
      nextPollAt: "2025-11-19T06:10:00.000Z",
      etag: null,
      lastModified: null,
      bodyHash: null,
    });
    for (const at of ["2025-11-20T06:00:00.000Z", "2025-11-20T07:00:00.000Z"]) {
      await store.recordFetchFailure(failing.id, { at, reason: "http_503", nextPollAt: at, disable: null });
    }
    const off = await store.upsertFeed({
      url: "https://feeds.example/gone.xml",
      source: "admin",
      workspaceId: "T0WORK",
    });
    await store.recordFetchFailure(off.id, {
      at: "2025-11-20T06:00:00.000Z",
      reason: "http_404",
      nextPollAt: "2025-11-21T06:00:00.000Z",
      disable: "the feed answers 404",
    });
    await store.upsertFeed({
      url: "https://feeds.example/theirs.xml",
      source: "admin",
      workspaceId: "T0OTHER",
    });
    const { reply, text } = await harness().ask(feed("list", {}, makeContext()));
    expect(reply.title).toBe("3 feeds: 1 healthy, 1 failing, 1 disabled");
    expect(text).toContain("Fine News (config) https://feeds.example/ok.xml");
    expect(text).toContain("ok · last success 10 min ago");
    expect(text).toContain("Paywalled https://feeds.example/private.xml?token=***");
    expect(text).toContain(
      "failing: 2 failures in a row (http_503), disabled after 10 · last success 2 days ago",
    );
    expect(text).toContain(
      "disabled: the feed answers 404 · 1 failure in a row (http_404) · never fetched successfully",
    );
    expect(text).not.toContain("s3cret");
    expect(text).not.toContain("abc123");
    expect(text).not.toContain("theirs.xml");
  });

  it("when an admin removes the workspace's feed, then it is gone and recorded without credentials", async () => {
    const { store } = harness();
    const own = await store.upsertFeed({
      url: "https://reader:s3cret@feeds.example/mine.xml",
      source: "admin",
      workspaceId: "T0WORK",
    });
    const { reply } = await harness().ask(
      feed("remove", { url: "https://reader:s3cret@feeds.example/mine.xml" }),
    );
    expect(reply.tone).toBe("success");
    expect(await store.getFeed(own.id)).toBeUndefined();
    const [change] = await store.listAdminChanges("T0WORK", 1);
    expect(change).toMatchObject({ action: "feed.remove", target: "https://feeds.example/mine.xml" });
  });

  it("when an admin removes a config feed or another workspace's, then it is refused and stays", async () => {
    const { store } = harness();
    const config = await store.upsertFeed({ url: "https://feeds.example/config.xml", source: "config" });
    const theirs = await store.upsertFeed({
      url: "https://feeds.example/theirs.xml",
      source: "admin",
      workspaceId: "T0OTHER",
    });
    const configAnswer = await harness().ask(feed("remove", { url: config.url }));
    expect(configAnswer.reply.title).toBe(
      "This feed comes from the configuration and can't be removed from chat.",
    );
    const theirsAnswer = await harness().ask(feed("remove", { url: theirs.url }));
    expect(theirsAnswer.reply.title).toBe("No feed “https://feeds.example/theirs.xml” here.");
    expect(await store.listFeeds()).toHaveLength(2);
  });

  it("when a feed is removed by the id autocomplete offered, then that feed goes", async () => {
    const { store } = harness();
    const own = await store.upsertFeed({
      url: "https://reader:s3cret@feeds.example/mine.xml",
      source: "admin",
      workspaceId: "T0WORK",
    });
    const choices = await harness().handler().complete({
      command: "feed",
      subcommand: "remove",
      option: "url",
      value: "mine",
      context: makeContext(),
    });
    expect(choices).toEqual([{ name: "feeds.example — https://feeds.example/mine.xml", value: own.id }]);
    await harness().ask(feed("remove", { url: own.id }));
    expect(await store.getFeed(own.id)).toBeUndefined();
  });
});
