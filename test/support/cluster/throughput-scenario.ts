import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { composeBriefing } from "../../../src/briefing/compose-briefing.js";
import { openStore } from "../../../src/store/open-store.js";
import { startFakeSlack } from "../../fakes/fake-slack.js";
import { scratchSchema } from "./scratch-schema.js";
import { type Replica, startReplica } from "./start-replica.js";

export interface ThroughputOutcome {
  replicas: number;
  slots: number;
  expected: number;
  delivered: number;
  duplicates: number;
  missing: number;
  seconds: number;
  briefingsPerSecond: number;
}

/**
 * How fast the outbox drains: `briefings` due at once, each for its own Slack channel, sent by
 * `replicas` `newsbrief run` processes on one PostgreSQL schema to a stand-in Slack that takes
 * `latencyMs` to answer every call. Counted from the moment they all fall due until the store says
 * every one is sent (a sender idles up to a second between rounds, so that is in the figure); what
 * reached the stand-in is checked for gaps and doubles.
 */
export async function runThroughputScenario(options: {
  replicas: number;
  briefings: number;
  latencyMs: number;
}): Promise<ThroughputOutcome> {
  const dir = mkdtempSync(path.join(tmpdir(), "newsbrief-throughput-"));
  const scratch = scratchSchema("p");
  const databaseUrl = scratch.url;
  const slack = await startFakeSlack({ latencyMs: options.latencyMs });
  const configFile = path.join(dir, "bot.yaml");
  writeFileSync(configFile, `bot:\n  dataDir: ${dir}\ntopics:\n  - name: peace-plan\n    query: Ukraine\n`);
  const env = {
    DATABASE_URL: databaseUrl,
    SLACK_BOT_TOKEN: slack.botToken,
    SLACK_SIGNING_SECRET: "throughput-signing-secret",
    SLACK_API_URL: slack.apiUrl,
  };
  const replicas: Replica[] = [];
  const store = await openStore(databaseUrl);
  try {
    for (let index = 0; index < options.replicas; index++) {
      const replica = startReplica({ name: `replica-${index}`, configFile, env });
      replicas.push(replica);
      await replica.running;
    }
    const now = new Date();
    const topic = {
      workspaceId: "default",
      name: "peace-plan",
      query: "Ukraine",
      createdAt: now.toISOString(),
    };
    const window = { since: new Date(now.getTime() - 86_400_000).toISOString(), until: now.toISOString() };
    const briefing = await composeBriefing({ store }, { topic, window, timezone: "UTC" });
    // All rows fall due at one moment after they are written, so writing them is not timed.
    const dueAt = new Date(Date.now() + 5_000 + options.briefings * 10);
    for (let index = 0; index < options.briefings; index++) {
      await store.recordBriefing({
        id: `tp-${index}`,
        subscriptionId: null,
        channel: `slack:C${String(index).padStart(6, "0")}`,
        workspaceId: "default",
        topic: "peace-plan",
        slot: now.toISOString(),
        since: window.since,
        until: window.until,
        createdAt: now.toISOString(),
        briefing,
        status: "pending",
        attempts: 0,
        nextAttemptAt: dueAt.toISOString(),
        lastError: null,
        postedAt: null,
        messageIds: [],
      });
    }
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, dueAt.getTime() - Date.now())));
    const started = Date.now();
    for (
      const deadline = Date.now() + 300_000;
      (await store.countBriefingsByStatus()).sent < options.briefings;
    ) {
      if (Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const seconds = (Date.now() - started) / 1000;
    const ids = slack.messages.map((message) => String(message.metadata?.event_payload.briefing_id ?? ""));
    const delivered = new Set(ids).size;
    return {
      replicas: options.replicas,
      slots: options.briefings,
      expected: options.briefings,
      delivered,
      duplicates: ids.length - delivered,
      missing: options.briefings - delivered,
      seconds: Math.round(seconds * 100) / 100,
      briefingsPerSecond: Math.round((delivered / seconds) * 10) / 10,
    };
  } finally {
    for (const replica of replicas) replica.child.kill("SIGTERM");
    await Promise.all(replicas.map((replica) => replica.exited));
    await store.close();
    await slack.close();
    await scratch.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}
