import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { checkFeedCommand } from "../../src/cli/check-feed-command.js";
import { decodeBody } from "../../src/ingest/decode-body.js";
import { decompressBody } from "../../src/ingest/decompress-body.js";
import { normaliseItem } from "../../src/ingest/normalise-item.js";
import { parseFeed } from "../../src/ingest/parse-feed.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");
const feedsDir = path.resolve(repoRoot, "../shared/feeds");
const perFileLimitMs = 5_000;

function feedFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return feedFiles(full);
    return /\.(md|tsv)$/i.test(name) || name.startsWith("LICENSE") ? [] : [full];
  });
}

async function withinLimit<T>(work: Promise<T>, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${label} took longer than ${perFileLimitMs} ms`)),
      perFileLimitMs,
    );
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}

async function runCheckFeed(file: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  stderr.on("data", (chunk: Buffer) => {
    err += chunk.toString();
  });
  const code = await checkFeedCommand([file], {
    stdin: new PassThrough(),
    stdout,
    stderr,
    isTTY: false,
    env: {},
  });
  return { code, stdout: out, stderr: err };
}

describe.runIf(existsSync(feedsDir))("every shared real-world feed file", () => {
  const files = existsSync(feedsDir) ? feedFiles(feedsDir) : [];

  it("when the folder is read, then there are feed files to check", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(files.map((file) => [path.relative(feedsDir, file), file]))(
    "when %s goes through check-feed, then it reports items or one clear error",
    async (_name, file) => {
      const result = await withinLimit(runCheckFeed(file), file);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      if (result.code === 0) {
        expect(result.stdout).toMatch(/^title: .+\nformat: .+\nitems: \d+\n/);
      } else {
        expect(result.code).toBe(1);
        expect(result.stdout).toMatch(/^error: [a-z_0-9]+: .+\n$/);
      }
    },
  );

  it.each(files.map((file) => [path.relative(feedsDir, file), file]))(
    "when %s goes through decode, parse and normalise, then every item becomes a well-formed article or the feed fails clearly",
    async (_name, file) => {
      const bytes = decompressBody(readFileSync(file), undefined, 5 * 1024 * 1024);
      expect(bytes.kind).toBe("ok");
      if (bytes.kind !== "ok") return;
      const parsed = await withinLimit(parseFeed(decodeBody(bytes.body).text), file);
      if (parsed.kind === "failed") {
        expect(["not_a_feed", "malformed_xml"]).toContain(parsed.reason);
        expect(parsed.detail).not.toBe("");
        return;
      }
      const fetchedAt = new Date("2026-01-01T00:00:00Z");
      for (const item of parsed.feed.items) {
        const article = normaliseItem(item, {
          feedId: "shared",
          feedUrl: "https://feeds.example/x.xml",
          channelTitle: parsed.feed.title,
          channelLink: parsed.feed.link,
          fetchedAt,
        });
        expect(article.id.startsWith("shared:")).toBe(true);
        expect(article.title).not.toBe("");
        expect(Number.isNaN(Date.parse(article.publishedAt))).toBe(false);
        expect(Date.parse(article.publishedAt)).toBeLessThanOrEqual(fetchedAt.getTime() + 10 * 60_000);
        if (article.url !== null) expect(article.url).toMatch(/^https?:\/\//);
        expect(article.text).not.toMatch(/<\/?(p|div|br|script)\b/i);
      }
    },
  );
});
