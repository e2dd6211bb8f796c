import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { briefingIdFor } from "../../../src/delivery/briefing-id.js";
import { openStore } from "../../../src/store/open-store.js";
import { startFakeFeedServer } from "../../fakes/fake-feed-server.js";
import { startFakeSlack } from "../../fakes/fake-slack.js";
import { makeRssFeed } from "../../fixtures/feeds/make-feed.js";
import { everySecondSchedules } from "./every-second-schedules.js";
import { scratchSchema } from "./scratch-schema.js";
import { type Replica, startReplica } from "./start-replica.js";

export interface CrashScenario {
  /** Where the one replica keeps its data. */
  database: "sqlite" | "postgres";
  /** How many times the replica is killed with SIGKILL and started again. */
  rounds: number;
  subscriptions: number;
}

export interface CrashOutcome {
  rounds: number;
  /** Slot-seconds per subscription during which the bot was up (they must each get a briefing). */
  slots: number;
  expected: number;
  delivered: number;
  duplicates: number;
  missing: number;
  /**
   * Outbox rows at the end, and those not sent (a lost briefing) among the slots before the final
   * stop; a slot in the last seconds may still be queued, for the next start to send.
   */
  briefings: number;
  unsent: number;
  /** Feed items served, articles stored, articles still waiting to be processed. */
  itemsServed: number;
  articles: number;
  pendingArticles: number;
  /** SQLite's PRAGMA integrity_check ("ok"), or "n/a" on PostgreSQL. */
  integrity: string;
}

const leaseSeconds = 2;

/**
 * One replica killed with SIGKILL again and again — while a feed that grows on every fetch is
 * being ingested, while a post hangs before the platform took it, and after the platform accepted
 * a post but before the answer came back — and started again each time. Then counts whether every
 * slot the bot was up for got exactly one briefing, every stored briefing went out once, every
 * served item is stored once and processed, and the database is sound.
 */
export async function runCrashScenario(scenario: CrashScenario): Promise<CrashOutcome> {
  const dir = mkdtempSync(path.join(tmpdir(), "newsbrief-crash-"));
  const scratch = scratchSchema("c");
  const databaseUrl = scenario.database === "sqlite" ? `sqlite:${path.join(dir, "bot.db")}` : scratch.url;
  const slack = await startFakeSlack();
  const feeds = await startFakeFeedServer();
  let fetches = 0;
  feeds.route("/grows.xml", () => {
    fetches += 1;
    const items = Array.from({ length: fetches * 20 }, (_, index) => ({
      guid: `item-${index}`,
      title: `Ukraine peace plan update ${index}`,
      description: `Kremlin spokesman Dmitry Peskov said on day ${index} that no such plan was discussed.`,
    }));
    return { body: makeRssFeed({ items }) };
  });
  const configFile = path.join(dir, "crash.yaml");
  writeFileSync(configFile, configYaml(scenario, feeds.url("/grows.xml"), dir));
  const env = {
    DATABASE_URL: databaseUrl,
    SLACK_BOT_TOKEN: slack.botToken,
    SLACK_SIGNING_SECRET: "crash-test-signing-secret",
    SLACK_API_URL: slack.apiUrl,
  };
  const live: { from: number; until: number }[] = [];
  let replica: Replica | undefined;
  try {
    for (let round = 0; round <= scenario.rounds; round++) {
      replica = startReplica({ name: `round-${round}`, configFile, env });
      await replica.running;
      const from = Date.now();
      if (round === scenario.rounds) {
        // The last start runs until every lease a killed process held has run out, then stops cleanly.
        await sleep((leaseSeconds + 4) * 1000);
        live.push({ from, until: Date.now() });
        replica.child.kill("SIGTERM");
        await replica.exited;
        break;
      }
      await killAtSomePoint(replica, round, slack);
      live.push({ from, until: Date.now() });
      await replica.exited;
    }
    return await countOutcome(scenario, { databaseUrl, dir, slack, live, itemsServed: fetches * 20 });
  } finally {
    if (replica?.child.exitCode === null) replica.child.kill("SIGKILL");
    await slack.close();
    await feeds.close();
    if (scenario.database === "postgres") await scratch.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Round by round: kill after a post was accepted, kill while a post hangs, kill mid-ingest. */
async function killAtSomePoint(
  replica: Replica,
  round: number,
  slack: Awaited<ReturnType<typeof startFakeSlack>>,
) {
  // Up for a few slots first, so every life of the process has briefings to deliver.
  await sleep(2_500);
  const posts = slack.callsTo("chat.postMessage").length;
  const kind = round % 3;
  if (kind === 0) slack.fault("chat.postMessage", { kind: "accept-then-hang" }, { after: 1 });
  if (kind === 1) slack.fault("chat.postMessage", { kind: "hang" }, { after: 1 });
  if (kind === 2) {
    await sleep((round * 337) % 1_000);
  } else {
    // Wait until the faulty post is under way, then kill in the middle of it.
    const deadline = Date.now() + 8_000;
    while (slack.callsTo("chat.postMessage").length < posts + 2 && Date.now() < deadline) await sleep(20);
    await sleep(100);
  }
  replica.child.kill("SIGKILL");
}

function configYaml(scenario: CrashScenario, feedUrl: string, dir: string): string {
  return `${[
    "bot:",
    `  dataDir: ${dir}`,
    "ingest:",
    "  allowPrivate: ['127.0.0.1']",
    "  intervalMinutes: 0.02",
    "  timeoutMs: 1000",
    "  announceFirstFetch: true",
    `  processLeaseSeconds: ${leaseSeconds}`,
    "delivery:",
    `  leaseSeconds: ${leaseSeconds}`,
    "  syncSeconds: 1",
    "  retryBaseSeconds: 0.2",
    "feeds:",
    `  - url: ${feedUrl}`,
    ...everySecondSchedules(scenario.subscriptions),
  ].join("\n")}\n`;
}

async function countOutcome(
  scenario: CrashScenario,
  run: {
    databaseUrl: string;
    dir: string;
    slack: Awaited<ReturnType<typeof startFakeSlack>>;
    live: { from: number; until: number }[];
    itemsServed: number;
  },
): Promise<CrashOutcome> {
  const partsById = new Map<string, number>();
  for (const message of run.slack.messages) {
    const payload = message.metadata?.event_payload;
    if (payload?.part === 1 && typeof payload.briefing_id === "string") {
      partsById.set(payload.briefing_id, (partsById.get(payload.briefing_id) ?? 0) + 1);
    }
  }
  const store = await openStore(run.databaseUrl);
  try {
    const rows = (
      await Promise.all(
        Array.from({ length: scenario.subscriptions }, (_, index) =>
          store.unsentBriefings(
            { workspaceId: "default", channel: `slack:C${String(index).padStart(4, "0")}` },
            10_000,
          ),
        ),
      )
    ).flat();
    const counts = await store.countBriefingsByStatus();
    const stoppedAt = run.live.at(-1)?.until ?? Date.now();
    const unsent = rows.filter((row) => Date.parse(row.slot) < stoppedAt - 2_000);
    // Slots the bot was up for from a second before to a second after (the slot's job ran).
    const slotSeconds = run.live.flatMap(({ from, until }) => {
      const first = Math.ceil(from / 1000) + 1;
      const last = Math.floor(until / 1000) - 1;
      return Array.from({ length: Math.max(0, last - first + 1) }, (_, index) => first + index);
    });
    let delivered = 0;
    let duplicates = 0;
    for (const id of partsById.keys()) duplicates += Math.max(0, (partsById.get(id) ?? 0) - 1);
    for (let index = 0; index < scenario.subscriptions; index++) {
      const channel = `slack:C${String(index).padStart(4, "0")}`;
      for (const second of slotSeconds) {
        const id = briefingIdFor({
          channel,
          workspaceId: "default",
          topic: "peace-plan",
          slot: new Date(second * 1000),
        });
        const briefing = await store.getBriefing(id);
        if (briefing?.status === "sent" && (partsById.get(briefing.id) ?? 0) >= 1) delivered += 1;
      }
    }
    const expected = slotSeconds.length * scenario.subscriptions;
    return {
      rounds: scenario.rounds,
      slots: slotSeconds.length,
      expected,
      delivered,
      duplicates,
      missing: expected - delivered,
      briefings: counts.pending + counts.sent + counts.failed + counts.superseded,
      unsent: unsent.length,
      // The feed only grows, so its last answer held every item it ever served.
      itemsServed: run.itemsServed,
      articles: await store.countArticles(),
      pendingArticles: await store.countPendingArticles(),
      integrity: run.databaseUrl.startsWith("sqlite:") ? integrityCheck(run.databaseUrl.slice(7)) : "n/a",
    };
  } finally {
    await store.close();
  }
}

function integrityCheck(file: string): string {
  const database = new BetterSqlite3(file, { readonly: true });
  try {
    const rows = database.pragma("integrity_check") as { integrity_check: string }[];
    return rows.map((row) => row.integrity_check).join("; ");
  } finally {
    database.close();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
