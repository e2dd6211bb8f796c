import { performance } from "node:perf_hooks";
import Parser from "rss-parser";
import { decodeBody } from "../src/ingest/decode-body.js";
import { normaliseItem } from "../src/ingest/normalise-item.js";
import { parseFeed } from "../src/ingest/parse-feed.js";

/** Parse-and-normalise throughput on a large generated feed, beside raw rss-parser on the same bytes. */
const itemCount = 5_000;
const warmupRounds = 2;
const rounds = 11;

const words =
  "envoy draft plan talks ceasefire ministers delegation proposal security guarantees border sanctions".split(
    " ",
  );
function sentence(seed: number, length: number): string {
  return Array.from({ length }, (_, index) => words[(seed * 7 + index * 3) % words.length]).join(" ");
}

function buildFeed(): Buffer {
  const items = Array.from({ length: itemCount }, (_, index) => {
    const paragraphs = Array.from(
      { length: 6 },
      (_, p) =>
        `<p>${sentence(index + p, 40)} &amp; &ldquo;quoted&rdquo; <a href="https://bench.example/r/${p}">link</a>.</p>`,
    ).join("");
    return `<item>
<title>${sentence(index, 9)} ${index}</title>
<link>https://bench.example/world/${index}?utm_source=rss&amp;utm_medium=feed</link>
<guid isPermaLink="false">bench-${index}</guid>
<pubDate>${new Date(Date.UTC(2025, 10, 20, 12, 0, 0) - index * 60_000).toUTCString()}</pubDate>
<dc:creator>Desk ${index % 17}</dc:creator>
<description><![CDATA[<p>${sentence(index, 30)}</p>]]></description>
<content:encoded><![CDATA[${paragraphs}]]></content:encoded>
</item>`;
  });
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Bench Wire</title><link>https://bench.example/</link><description>generated</description>
${items.join("\n")}
</channel></rss>`);
}

async function raw(bytes: Buffer): Promise<number> {
  const feed = await new Parser().parseString(bytes.toString("utf8"));
  return feed.items.length;
}

async function ours(bytes: Buffer): Promise<number> {
  const parsed = await parseFeed(decodeBody(bytes, "application/rss+xml; charset=utf-8").text);
  if (parsed.kind !== "ok") throw new Error(parsed.detail);
  const fetchedAt = new Date();
  const context = {
    feedId: "bench",
    feedUrl: "https://bench.example/rss",
    channelTitle: parsed.feed.title,
    channelLink: parsed.feed.link,
    fetchedAt,
  };
  return parsed.feed.items.map((item) => normaliseItem(item, context)).length;
}

type Run = (bytes: Buffer) => Promise<number>;
type Timing = { best: number; median: number; items: number };

/**
 * Best and median of `rounds` timed runs per side after `warmupRounds` untimed ones, the two
 * sides interleaved and alternating who goes first, so a busy moment on a shared machine or a
 * warmer JIT lands on both sides alike.
 */
async function compare(
  sides: { raw: Run; ours: Run },
  bytes: Buffer,
): Promise<{ raw: Timing; ours: Timing }> {
  const seconds = { raw: [] as number[], ours: [] as number[] };
  const items = { raw: 0, ours: 0 };
  for (let round = 0; round < warmupRounds + rounds; round++) {
    const order: Array<"raw" | "ours"> = round % 2 === 0 ? ["raw", "ours"] : ["ours", "raw"];
    for (const side of order) {
      const started = performance.now();
      items[side] = await sides[side](bytes);
      if (round >= warmupRounds) seconds[side].push((performance.now() - started) / 1000);
    }
  }
  const summary = (side: "raw" | "ours"): Timing => {
    const sorted = [...seconds[side]].sort((a, b) => a - b);
    return { best: sorted[0] ?? 0, median: sorted[Math.floor(sorted.length / 2)] ?? 0, items: items[side] };
  };
  return { raw: summary("raw"), ours: summary("ours") };
}

const bytes = buildFeed();
const megabytes = bytes.length / (1024 * 1024);
const result = await compare({ raw, ours }, bytes);
const rate = (timing: Timing) => ({
  itemsPerSecond: Math.round(timing.items / timing.best),
  megabytesPerSecond: Number((megabytes / timing.best).toFixed(2)),
  bestSeconds: Number(timing.best.toFixed(3)),
  medianSeconds: Number(timing.median.toFixed(3)),
});
console.log(
  JSON.stringify({
    benchmark: "ingest-parse",
    items: itemCount,
    megabytes: Number(megabytes.toFixed(2)),
    warmupRounds,
    rounds,
    rawRssParser: rate(result.raw),
    ours: { ...rate(result.ours), step: "decode + parseString + normalise" },
    ratio: Number((result.raw.best / result.ours.best).toFixed(3)),
    medianRatio: Number((result.raw.median / result.ours.median).toFixed(3)),
    target: ">= 0.6",
  }),
);
