import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { configSchema } from "../src/config/config-schema.js";
import { runIngestCycle } from "../src/ingest/run-ingest-cycle.js";
import { silentLogger } from "../src/logger.js";
import { openStore } from "../src/store/open-store.js";

/** One poll cycle over 1,000 local feeds (first fetch), then a second where every feed answers 304. */
const feedCount = 1_000;
const itemsPerFeed = 10;

function feedBody(index: number): string {
  const items = Array.from(
    { length: itemsPerFeed },
    (
      _,
      item,
    ) => `<item><title>Feed ${index} story ${item} about the talks</title><link>https://bench.example/${index}/${item}</link>
<guid>f${index}-i${item}</guid><pubDate>${new Date(Date.UTC(2025, 10, 20, 12) - item * 3_600_000).toUTCString()}</pubDate>
<description>&lt;p&gt;Generated paragraph ${item} for feed ${index}.&lt;/p&gt;</description></item>`,
  ).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench feed ${index}</title><link>https://bench.example/${index}</link>${items}</channel></rss>`;
}

const bodies = Array.from({ length: feedCount }, (_, index) => Buffer.from(feedBody(index)));
const server = createServer((req, res) => {
  const index = Number(/^\/feed\/(\d+)$/.exec(req.url ?? "")?.[1] ?? -1);
  const body = bodies[index];
  if (body === undefined) {
    res.writeHead(500).end("no such feed");
    return;
  }
  const etag = `"v1-${index}"`;
  if (req.headers["if-none-match"] === etag) {
    res.writeHead(304, { etag }).end();
    return;
  }
  res
    .writeHead(200, { "content-type": "application/rss+xml", etag, "content-length": body.length })
    .end(body);
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const { port } = server.address() as AddressInfo;

const baselineRss = process.memoryUsage.rss();
let peakRss = baselineRss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 20);

const dir = mkdtempSync(path.join(tmpdir(), "newsbrief-bench-poll-"));
const store = await openStore(`sqlite:${path.join(dir, "bench.db")}`);
const config = configSchema.parse({
  ingest: { allowPrivate: ["127.0.0.1"] },
  feeds: Array.from({ length: feedCount }, (_, index) => ({ url: `http://127.0.0.1:${port}/feed/${index}` })),
});
try {
  const timed = async () => {
    const started = performance.now();
    const summary = await runIngestCycle({ store, config, logger: silentLogger }, { all: true });
    return { seconds: Number(((performance.now() - started) / 1000).toFixed(3)), summary };
  };
  const first = await timed();
  const second = await timed();
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  const maxRssKb = process.resourceUsage().maxRSS;
  console.log(
    JSON.stringify({
      benchmark: "ingest-poll",
      feeds: feedCount,
      itemsPerFeed,
      concurrency: config.ingest.concurrency,
      store: "sqlite file",
      firstCycle: {
        seconds: first.seconds,
        ok: first.summary.ok,
        failed: first.summary.failed,
        seededArticles: first.summary.seededArticles,
      },
      secondCycle304: {
        seconds: second.seconds,
        notModified: second.summary.notModified,
        failed: second.summary.failed,
        target: "< 2 s",
      },
      baselineRssMb: Number((baselineRss / 1024 / 1024).toFixed(1)),
      peakRssMb: Number((peakRss / 1024 / 1024).toFixed(1)),
      maxRssMb: Number((maxRssKb / 1024).toFixed(1)),
      rssTarget: "< 200 MB",
    }),
  );
} finally {
  clearInterval(sampler);
  await store.close();
  server.closeAllConnections();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
