import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import {
  createGuardedFetch,
  type GuardedFetcher,
  type GuardedFetchOptions,
} from "../../src/ingest/guarded-fetch.js";
import { startFakeFeedServer } from "../fakes/fake-feed-server.js";
import { useFakeFeedServer } from "../fakes/use-fake-feed-server.js";
import { makeItems, makeRssFeed } from "../fixtures/feeds/make-feed.js";

const baseOptions: GuardedFetchOptions = {
  userAgent: "newsbrief-test/1 (+https://example.test/contact)",
  timeoutMs: 2_000,
  maxBodyBytes: 64 * 1024,
  maxRedirects: 2,
  allowPrivate: ["127.0.0.1"],
};

describe("guarded fetch against a local feed server", () => {
  const server = useFakeFeedServer();
  const fetchers: GuardedFetcher[] = [];
  const fetcher = (options: Partial<GuardedFetchOptions> = {}) => {
    const made = createGuardedFetch({ ...baseOptions, ...options });
    fetchers.push(made);
    return made.fetch;
  };

  afterEach(async () => {
    await Promise.all(fetchers.splice(0).map((made) => made.close()));
  });

  it("when the feed answers 200, then the body comes back with the final URL and our User-Agent was sent", async () => {
    server().route("/feed", { body: makeRssFeed({ items: makeItems(2) }) });
    const result = await fetcher()(server().url("/feed"));
    expect(result).toMatchObject({ kind: "ok", status: 200, finalUrl: server().url("/feed") });
    expect(server().requestsTo("/feed")[0]?.headers["user-agent"]).toBe(baseOptions.userAgent);
  });

  it("when the host is loopback and not allow-listed, then nothing is requested and the reason is blocked_address", async () => {
    server().route("/feed", { body: "x" });
    const result = await fetcher({ allowPrivate: [] })(server().url("/feed"));
    expect(result).toMatchObject({ kind: "failed", reason: "blocked_address" });
    expect(server().requests).toHaveLength(0);
  });

  it("when a DNS name resolves to a private address, then the connection is refused", async () => {
    server().route("/feed", { body: "x" });
    const port = new URL(server().origin).port;
    const result = await fetcher({ allowPrivate: [] })(`http://localhost:${port}/feed`);
    expect(result).toMatchObject({ kind: "failed", reason: "blocked_address" });
    expect(server().requests).toHaveLength(0);
  });

  it("when the scheme is not http(s), then the URL is refused as bad_url", async () => {
    expect(await fetcher()("file:///etc/passwd")).toMatchObject({ kind: "failed", reason: "bad_url" });
    expect(await fetcher()("not a url")).toMatchObject({ kind: "failed", reason: "bad_url" });
  });

  it("when the feed redirects with a relative Location, then the target is fetched", async () => {
    server().route("/old", { redirectTo: "/new" });
    server().route("/new", { body: makeRssFeed({ items: makeItems(1) }) });
    const result = await fetcher()(server().url("/old"));
    expect(result).toMatchObject({ kind: "ok", finalUrl: server().url("/new") });
  });

  it("when a redirect points at a blocked address, then the hop is refused", async () => {
    server().route("/evil", { redirectTo: "http://169.254.169.254/latest/meta-data/" });
    const result = await fetcher()(server().url("/evil"));
    expect(result).toMatchObject({ kind: "failed", reason: "blocked_address" });
  });

  it("when a redirect leads through an IPv4-mapped IPv6 loopback, then it is blocked too", async () => {
    server().route("/mapped", { redirectTo: "http://[::ffff:127.0.0.1]/x" });
    const result = await fetcher({ allowPrivate: [] })(server().url("/mapped"));
    expect(result).toMatchObject({ kind: "failed", reason: "blocked_address" });
  });

  it.each([
    ["an IPv4-translated metadata address", "http://[::ffff:0:169.254.169.254]/latest/meta-data/", []],
    ["a NAT64 loopback address", "http://[64:ff9b::7f00:1]/x", []],
    ["a 6to4 private address in an allow-listed 6to4 range", "http://[2002:a00:1::1]/x", ["2002::/16"]],
  ])("when a redirect leads to %s, then the hop is refused", async (_what, location, allow) => {
    server().route("/hop", { redirectTo: location });
    const result = await fetcher({ allowPrivate: ["127.0.0.1", ...allow] })(server().url("/hop"));
    expect(result).toMatchObject({ kind: "failed", reason: "blocked_address" });
  });

  it("when redirects go on past the limit, then the reason is too_many_redirects", async () => {
    server().route("/a", { redirectTo: "/b" });
    server().route("/b", { redirectTo: "/c" });
    server().route("/c", { redirectTo: "/d" });
    server().route("/d", { body: "never reached" });
    const result = await fetcher({ maxRedirects: 2 })(server().url("/a"));
    expect(result).toMatchObject({ kind: "failed", reason: "too_many_redirects" });
    expect(server().requestsTo("/d")).toHaveLength(0);
  });

  it("when the server is slower than the timeout, then the reason is timeout", async () => {
    server().route("/slow", { body: "late", delayMs: 1_500 });
    const result = await fetcher({ timeoutMs: 300 })(server().url("/slow"));
    expect(result).toMatchObject({ kind: "failed", reason: "timeout" });
  });

  it("when the body is larger than the cap, then the reason is too_large", async () => {
    server().route("/big", { body: Buffer.alloc(200 * 1024, 0x61) });
    const result = await fetcher()(server().url("/big"));
    expect(result).toMatchObject({ kind: "failed", reason: "too_large" });
  });

  it("when a small gzip body inflates past the cap, then the reason is too_large", async () => {
    const bomb = gzipSync(Buffer.alloc(10 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(baseOptions.maxBodyBytes);
    server().route("/bomb", { body: bomb, headers: { "content-encoding": "gzip" } });
    const result = await fetcher()(server().url("/bomb"));
    expect(result).toMatchObject({ kind: "failed", reason: "too_large" });
  });

  it("when the feed is served gzip-compressed, then the decompressed body comes back", async () => {
    const feed = makeRssFeed({ items: makeItems(3) });
    server().route("/gz", { body: feed, gzip: true });
    const result = await fetcher()(server().url("/gz"));
    expect(result.kind).toBe("ok");
    if (result.kind === "ok") expect(result.body.toString("utf8")).toBe(feed);
  });

  it("when validators are given, then they are sent and a 304 is not_modified", async () => {
    server().route("/cond", { body: "x", notModifiedFor: { etag: '"v1"' } });
    const result = await fetcher()(server().url("/cond"), {
      etag: '"v1"',
      lastModified: "Thu, 20 Nov 2025 10:00:00 GMT",
    });
    expect(result).toEqual({ kind: "not_modified" });
    const headers = server().requestsTo("/cond")[0]?.headers;
    expect(headers?.["if-none-match"]).toBe('"v1"');
    expect(headers?.["if-modified-since"]).toBe("Thu, 20 Nov 2025 10:00:00 GMT");
  });

  it("when the feed answers 404 or 500, then the reason names the status", async () => {
    server().route("/gone", { status: 404, body: "no" });
    server().route("/broken", { status: 500, body: "oops" });
    expect(await fetcher()(server().url("/gone"))).toMatchObject({ kind: "failed", reason: "http_404" });
    expect(await fetcher()(server().url("/broken"))).toMatchObject({ kind: "failed", reason: "http_500" });
  });

  it("when nothing listens on the port, then the reason is connection_failed", async () => {
    const closed = await startFakeFeedServer();
    const url = closed.url("/feed");
    await closed.close();
    expect(await fetcher()(url)).toMatchObject({ kind: "failed", reason: "connection_failed" });
  });
});
