import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startFakeFeedServer } from "../../fakes/fake-feed-server.js";
import { type FakeSlack, startFakeSlack } from "../../fakes/fake-slack.js";
import { makeRssFeed } from "../../fixtures/feeds/make-feed.js";
import { everySecondSchedules } from "./every-second-schedules.js";
import { schemaRows, scratchSchema } from "./scratch-schema.js";
import { type Replica, startReplica } from "./start-replica.js";

const leaseSeconds = 3;

export interface ReplicaScenario {
  replicas: number;
  subscriptions: number;
  /** How long the deployment runs, seconds. */
  seconds: number;
  /** Kill -9 this replica (index) at `killAt` seconds and start it again at `restartAt`; none when undefined. */
  kill?: { replica: number; killAt: number; restartAt: number };
  feeds: number;
  feedIntervalSeconds: number;
}

export interface ReplicaOutcome {
  replicas: number;
  /** Whole-second slots per subscription inside the checked window. */
  slots: number;
  expected: number;
  delivered: number;
  duplicates: number;
  missing: number;
  /** Per feed: how many fetches, and the shortest time between two of them. */
  feeds: { fetches: number; minGapSeconds: number }[];
  /** Messages seen by the stand-in, for diagnosis. */
  messages: number;
}

/**
 * A deployment of N `newsbrief run` replicas on one PostgreSQL schema, with a per-second schedule
 * per subscription to a stand-in Slack and feeds on a local server; optionally one replica killed
 * with SIGKILL and started again midway. Counts, from what reached the stand-in and what the store
 * holds, the briefings per subscription and slot in the window where the schedule was live.
 */
export async function runReplicaScenario(scenario: ReplicaScenario): Promise<ReplicaOutcome> {
  const dir = mkdtempSync(path.join(tmpdir(), "newsbrief-replicas-"));
  const scratch = scratchSchema("r");
  const { schema } = scratch;
  const slack = await startFakeSlack();
  const feedServer = await startFakeFeedServer();
  const fetchTimes = new Map<string, number[]>();
  for (let index = 0; index < scenario.feeds; index++) {
    const feedPath = `/feed-${index}.xml`;
    fetchTimes.set(feedPath, []);
    feedServer.route(feedPath, () => {
      fetchTimes.get(feedPath)?.push(Date.now());
      return {
        body: makeRssFeed({
          title: `Wire ${index}`,
          items: [{ guid: `g${index}`, title: "Ukraine peace plan talks continue" }],
        }),
      };
    });
  }
  const configFile = path.join(dir, "replica.yaml");
  writeFileSync(configFile, configYaml(scenario, feedServer.url.bind(feedServer), dir));
  const env = {
    DATABASE_URL: scratch.url,
    SLACK_BOT_TOKEN: slack.botToken,
    SLACK_SIGNING_SECRET: "replica-test-signing-secret",
    SLACK_API_URL: slack.apiUrl,
    LOG_LEVEL: "info",
  };
  const replicas: Replica[] = [];
  const start = (index: number) => {
    const replica = startReplica({ name: `replica-${index}`, configFile, env });
    replicas[index] = replica;
    return replica;
  };
  try {
    // The first replica migrates the schema; the others start once it has.
    await start(0).running;
    await Promise.all(Array.from({ length: scenario.replicas - 1 }, (_, index) => start(index + 1).running));
    const liveFrom = Date.now();
    const { kill } = scenario;
    const killed: Promise<void> = kill
      ? (async () => {
          await sleep(kill.killAt * 1000);
          replicas[kill.replica]?.child.kill("SIGKILL");
          await replicas[kill.replica]?.exited;
          await sleep((kill.restartAt - kill.killAt) * 1000);
          await start(kill.replica).running;
        })()
      : Promise.resolve();
    await sleep(scenario.seconds * 1000);
    await killed;
    const liveUntil = Date.now();
    for (const replica of replicas) replica.child.kill("SIGTERM");
    await Promise.all(replicas.map((replica) => replica.exited));
    return await countOutcome(scenario, schema, slack, fetchTimes, { liveFrom, liveUntil });
  } finally {
    for (const replica of replicas) if (replica.child.exitCode === null) replica.child.kill("SIGKILL");
    await slack.close();
    await feedServer.close();
    await scratch.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function configYaml(scenario: ReplicaScenario, url: (path: string) => string, dir: string): string {
  const lines = [
    "bot:",
    `  dataDir: ${dir}`,
    "  shutdownTimeoutMs: 5000",
    "ingest:",
    "  allowPrivate: ['127.0.0.1']",
    `  intervalMinutes: ${scenario.feedIntervalSeconds / 60}`,
    "  timeoutMs: 1000",
    "delivery:",
    `  leaseSeconds: ${leaseSeconds}`,
    "  syncSeconds: 1",
    "  retryBaseSeconds: 0.5",
    "feeds:",
    ...Array.from({ length: scenario.feeds }, (_, index) => `  - url: ${url(`/feed-${index}.xml`)}`),
    ...everySecondSchedules(scenario.subscriptions),
  ];
  return `${lines.join("\n")}\n`;
}

async function countOutcome(
  scenario: ReplicaScenario,
  schema: string,
  slack: FakeSlack,
  fetchTimes: Map<string, number[]>,
  live: { liveFrom: number; liveUntil: number },
): Promise<ReplicaOutcome> {
  // Slots from the first whole second after all replicas ran, to a lease before the end (a briefing
  // held by a killed replica is sent by another once its lease ends).
  const first = Math.ceil(live.liveFrom / 1000) + 1;
  const last = Math.floor(live.liveUntil / 1000) - leaseSeconds - 2;
  const slots = Math.max(0, last - first + 1);
  const rows = await briefingRows(schema);
  const partsById = new Map<string, number>();
  for (const message of slack.messages) {
    const payload = message.metadata?.event_payload;
    if (payload?.part !== 1 || typeof payload.briefing_id !== "string") continue;
    partsById.set(payload.briefing_id, (partsById.get(payload.briefing_id) ?? 0) + 1);
  }
  let delivered = 0;
  let duplicates = 0;
  for (let index = 0; index < scenario.subscriptions; index++) {
    const channel = `slack:C${String(index).padStart(4, "0")}`;
    for (let second = first; second <= last; second++) {
      const slot = new Date(second * 1000).toISOString();
      const row = rows.find((candidate) => candidate.channel === channel && candidate.slot === slot);
      const posted = row ? (partsById.get(row.id) ?? 0) : 0;
      if (row?.status === "sent" && posted >= 1) delivered += 1;
      duplicates += Math.max(0, posted - 1);
    }
  }
  const expected = slots * scenario.subscriptions;
  return {
    replicas: scenario.replicas,
    slots,
    expected,
    delivered,
    duplicates,
    missing: expected - delivered,
    feeds: [...fetchTimes.values()].map((times) => ({
      fetches: times.length,
      minGapSeconds: Math.min(...times.slice(1).map((time, index) => (time - (times[index] ?? 0)) / 1000)),
    })),
    messages: slack.messages.length,
  };
}

async function briefingRows(
  schema: string,
): Promise<{ id: string; channel: string; slot: string; status: string }[]> {
  return schemaRows(schema, "select id, channel, slot, status from briefings");
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
