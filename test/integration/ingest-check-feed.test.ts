import { writeFileSync } from "node:fs";
import path from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { checkFeedCommand } from "../../src/cli/check-feed-command.js";
import { useFakeFeedServer } from "../fakes/use-fake-feed-server.js";
import { makeItems, makeRssFeed } from "../fixtures/feeds/make-feed.js";
import { useTempDir } from "../support/temp-dir.js";

async function checkFeed(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: "", err: "" };
  stdout.on("data", (chunk: Buffer) => {
    chunks.out += chunk.toString();
  });
  stderr.on("data", (chunk: Buffer) => {
    chunks.err += chunk.toString();
  });
  const code = await checkFeedCommand(args, {
    stdin: new PassThrough(),
    stdout,
    stderr,
    isTTY: false,
    env: {},
  });
  return { code, stdout: chunks.out, stderr: chunks.err };
}

describe("newsbrief check-feed", () => {
  const tempDir = useTempDir();
  const server = useFakeFeedServer();

  it("when a local URL is checked with --allow-private, then title, count and first five items are printed", async () => {
    server().route("/feed", { body: makeRssFeed({ title: "Check Wire", items: makeItems(7) }), gzip: true });
    const result = await checkFeed([server().url("/feed"), "--allow-private"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^title: Check Wire\nformat: rss 2\.0 \(encoding utf-8\)\nitems: 7\n/);
    expect(result.stdout.match(/https:\/\/wire\.example\/story\/\d/g)).toHaveLength(5);
    expect(result.stdout).toContain("2025-11-20 12:00  story number 0 on the peace plan talks");
  });

  it("when a loopback URL is checked without --allow-private, then it is refused as blocked_address", async () => {
    server().route("/feed", { body: makeRssFeed({ items: makeItems(1) }) });
    const result = await checkFeed([server().url("/feed")]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^error: blocked_address: /);
    expect(server().requests).toHaveLength(0);
  });

  it("when the URL serves HTML or 404, then the reason is printed and the exit code is 1", async () => {
    server().route("/page", {
      body: "<html><body>hello</body></html>",
      headers: { "content-type": "text/html" },
    });
    server().route("/gone", { status: 404 });
    expect(await checkFeed([server().url("/page"), "--allow-private"])).toMatchObject({
      code: 1,
      stdout: "error: not_a_feed: an HTML page, not a feed\n",
    });
    expect((await checkFeed([server().url("/gone"), "--allow-private"])).stdout).toMatch(
      /^error: http_404: /,
    );
  });

  it("when a file is checked, then it is read from disk; a missing file is a clear error", async () => {
    const file = path.join(tempDir(), "feed.xml");
    writeFileSync(file, makeRssFeed({ items: makeItems(2) }));
    expect((await checkFeed([file])).stdout).toContain("items: 2");
    const missing = await checkFeed([path.join(tempDir(), "nope.xml")]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/^error: unreadable: /);
  });

  it("when no argument is given, then usage is printed and the exit code is 1", async () => {
    const result = await checkFeed([]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("usage: newsbrief check-feed");
  });
});
