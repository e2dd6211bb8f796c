import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openStore } from "../../../src/store/open-store.js";
import { startFakeFeedServer } from "../../fakes/fake-feed-server.js";
import { makeRssFeed } from "../../fixtures/feeds/make-feed.js";
import { residentMemoryMb } from "./resident-memory.js";
import { schemaRows, scratchSchema } from "./scratch-schema.js";
import { type Replica, startReplica } from "./start-replica.js";

export interface PollOutcome {
  replicas: number;
  feeds: number;
  /** From the first to the last fetch of the all-304 cycle. */
  seconds: number;
  /** Fetches each feed got in that cycle: every one must be 1. */
  fetchesPerFeed: { min: number; max: number };
  notModified: number;
  /** Resident memory of each replica at its peak during the cycle, MB. */
  peakRssMbPerReplica: number[];
}

/**
 * A poll cycle of `feeds` feeds on PostgreSQL shared by `replicas` processes, every feed
 * answering 304: the feeds are fetched once (seeding, with ETags), made due again all at once, and
 * the second cycle is timed and counted per feed from what the feed server received.
 */
export async function runPollScenario(options: { replicas: number; feeds: number }): Promise<PollOutcome> {
  const dir = mkdtempSync(path.join(tmpdir(), "newsbrief-poll-"));
  const scratch = scratchSchema("f");
  const server = await startFakeFeedServer();
  const fetches = new Map<string, number[]>();
  const body = makeRssFeed({ items: [{ guid: "only", title: "Nothing new on this wire" }] });
  const urls: string[] = [];
  for (let index = 0; index < options.feeds; index++) {
    const feedPath = `/f/${index}.xml`;
    urls.push(server.url(feedPath));
    fetches.set(feedPath, []);
    server.route(feedPath, () => {
      fetches.get(feedPath)?.push(Date.now());
      return { body, headers: { etag: `"v-${index}"` }, notModifiedFor: { etag: `"v-${index}"` } };
    });
  }
  const store = await openStore(scratch.url);
  const replicas: Replica[] = [];
  try {
    // Feeds an admin added (a config of 10,000 feeds would be re-read every cycle instead).
    const now = new Date().toISOString();
    for (const url of urls)
      await store.upsertFeed({ url, source: "admin", workspaceId: "W", nextPollAt: now });
    const configFile = path.join(dir, "bot.yaml");
    writeFileSync(
      configFile,
      `bot:\n  dataDir: ${dir}\ningest:\n  allowPrivate: ['127.0.0.1']\n  intervalMinutes: 30\n  concurrency: 32\n`,
    );
    for (let index = 0; index < options.replicas; index++) {
      replicas.push(
        startReplica({ name: `poller-${index}`, configFile, env: { DATABASE_URL: scratch.url } }),
      );
    }
    await Promise.all(replicas.map((replica) => replica.running));
    await waitUntil(async () => [...fetches.values()].every((times) => times.length >= 1), 300_000);
    // Everything seeded: make every feed due at once and count the next cycle.
    for (const times of fetches.values()) times.length = 0;
    const peaks = replicas.map(() => 0);
    const sampler = setInterval(() => {
      replicas.forEach((replica, index) => {
        peaks[index] = Math.max(peaks[index] ?? 0, residentMemoryMb(replica.child.pid ?? 0));
      });
    }, 200);
    await schemaRows(scratch.schema, `update feeds set next_poll_at = '${new Date().toISOString()}'`);
    await waitUntil(async () => [...fetches.values()].every((times) => times.length >= 1), 300_000);
    // Let any second fetch of a feed show itself.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    clearInterval(sampler);
    const all = [...fetches.values()];
    const times = all.flat();
    const notModified = Number(
      (
        await schemaRows<{ count: string }>(
          scratch.schema,
          "select count(*) as count from feeds where last_error is null",
        )
      )[0]?.count ?? 0,
    );
    return {
      replicas: options.replicas,
      feeds: options.feeds,
      seconds: Math.round((Math.max(...times) - Math.min(...times)) / 10) / 100,
      fetchesPerFeed: {
        min: Math.min(...all.map((t) => t.length)),
        max: Math.max(...all.map((t) => t.length)),
      },
      notModified,
      peakRssMbPerReplica: peaks,
    };
  } finally {
    for (const replica of replicas) replica.child.kill("SIGTERM");
    await Promise.all(replicas.map((replica) => replica.exited));
    await store.close();
    await server.close();
    await scratch.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("the poll cycle did not finish in time");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
