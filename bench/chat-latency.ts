import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Pool } from "undici";
import { loadGazetteer } from "../src/claims/load-gazetteer.js";
import type { CommandRequest } from "../src/commands/command-request.js";
import { createCommandHandler } from "../src/commands/create-command-handler.js";
import { configSchema } from "../src/config/config-schema.js";
import { silentLogger } from "../src/logger.js";
import { openStore } from "../src/store/open-store.js";
import { interactionPayload } from "../test/fakes/discord/interaction-payloads.js";
import { startFakeDiscord } from "../test/fakes/fake-discord.js";
import { startFakeSlack } from "../test/fakes/fake-slack.js";
import { formBody, makeSlashCommand } from "../test/fakes/slack/make-slash-command.js";
import { signRequest } from "../test/fakes/slack/sign-request.js";
import { residentMemoryMb } from "../test/support/cluster/resident-memory.js";
import { startReplica } from "../test/support/cluster/start-replica.js";
import { percentile } from "./support/percentile.js";
import { buildSyntheticStore, repeaters, speakers, syntheticEnd } from "./support/synthetic-store.js";

/*
 * `/latest` end to end on a store of 100,000 articles and 500,000 claims, under 100 requests at a
 * time: through Slack's signed HTTP path (request → response) and through a Discord interaction
 * over the gateway (INTERACTION_CREATE → callback received), both against `newsbrief run` (the
 * real process, both platforms connected to local stand-ins), beside the command handler's time
 * alone in this process on the same store, in the same run. Two loads of 5,000 requests: every
 * request a speaker and channel not asked before (no answer reused), and 20 speakers asked over
 * and over in one channel (answers reused for a few seconds).
 * Load starts once the bot has kept its topic verdicts for the stored articles (what a running bot
 * has; the seconds that took are printed). Also the worst case, one at a time: speakers who repeat
 * one statement, so `/latest` reads up to its bound; and the bot's resident memory idle and at its
 * peak under load. Requests go over kept-alive connections, so the client costs little CPU. Each
 * path is first warmed up, untimed, with 2,000 requests about speakers in neither load: a bot
 * fresh from starting runs its code unoptimised and is half as fast (the timed speakers' answers
 * and store pages stay cold all the same).
 * The bot runs with its default `bot.commandThreads` (1: `/latest` answered on a worker thread);
 * `--command-threads N` sets it, 0 to measure the main thread alone.
 * Run: npx tsx bench/chat-latency.ts [--command-threads N]
 */
const concurrency = 100;
const threadsFlag = process.argv.indexOf("--command-threads");
/** `bot.commandThreads` for the bot: the flag's, else the config default. */
const commandThreads =
  threadsFlag === -1 ? configSchema.parse({}).bot.commandThreads : Number(process.argv[threadsFlag + 1]);
if (!(Number.isInteger(commandThreads) && commandThreads >= 0)) {
  throw new Error("--command-threads needs a whole number, 0 or more");
}
const signingSecret = "bench-signing-secret-0123456789";
const topicQuery = '(Ukraine OR Kyiv|Kiev) AND ("peace plan" OR ceasefire OR concessions)';
const surname = (speaker: (typeof speakers)[number]) => (speaker.name ?? "").split(" ")[1] ?? "";
const named = speakers
  .filter((speaker) => speaker.kind !== "unnamed" && !repeaters.includes(speaker))
  .map(surname);
/** Who asks in which channel: answers are per channel, so a new pair is a new answer. */
interface Ask {
  who: string;
  channel: number;
}
/**
 * Requests per load: a sustained load, not one burst. The first 100 go out at once, and the
 * load generator, on the same two cores, takes a while to send them and read the answers; over
 * 1,000 requests that one burst is a few percent of the figures, so p99 measured the burst
 * (its worst is printed as maxMs).
 */
const requestsPerLoad = 5_000;
const loads: Record<string, Ask[]> = {
  // 200 speakers from 25 channels, each speaker back only after all the others (its store pages
  // long gone from the page cache).
  distinct: Array.from({ length: requestsPerLoad }, (_, index) => ({
    who: named[index % 200] ?? "",
    channel: 100 + Math.floor(index / 200),
  })),
  repeated: Array.from({ length: requestsPerLoad }, (_, index) => ({
    who: named[index % 20] ?? "",
    channel: 0,
  })),
};
/**
 * Asked first on each path, untimed, so the timed loads meet a bot that has run a while (its
 * code optimised, its connections open): speakers in neither load, each channel asking each of
 * them once, so every warm-up answer is computed, none reused.
 */
const spare = named.slice(200);
const warmUp: Ask[] = Array.from({ length: 2_000 }, (_, index) => ({
  who: spare[index % spare.length] ?? "",
  channel: Math.floor(index / spare.length),
}));

async function pool<T>(items: readonly T[], run: (item: T) => Promise<number>): Promise<number[]> {
  const times: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const item = items[next++] as T;
        times.push(await run(item));
      }
    }),
  );
  return times;
}

/** The command handler on a store, in this process, as `run` builds it (nothing else is used). */
function benchHandler(store: Awaited<ReturnType<typeof openStore>>) {
  return createCommandHandler({
    store,
    logger: silentLogger,
    gazetteer: loadGazetteer(),
    now: () => new Date(syntheticEnd),
    checkFeed: async () => ({ kind: "failed", reason: "bench", detail: "not used" }),
    subscriptionsChanged: () => undefined,
    queueBriefing: async () => ({ kind: "unknown_topic" }),
    ingest: { maxFailures: 10 },
  });
}

const benchContext = {
  platform: "slack",
  workspaceId: "TBENCH",
  channelId: "CBENCH",
  userId: "UBENCH",
  adminDescription: "workspace admins and owners",
  isAdmin: async () => false,
} as const;

/**
 * POSTs to the bot's Slack route over `concurrency` connections kept alive across the pauses
 * between loads, through undici: the load generator shares the machine's two cores with the bot,
 * and undici's client costs less CPU per request than node:http's.
 */
function slackClient(port: number) {
  const connections = new Pool(`http://127.0.0.1:${port}`, {
    connections: concurrency,
    keepAliveTimeout: 120_000,
    keepAliveMaxTimeout: 120_000,
  });
  return {
    async post(body: string, headers: Record<string, string>) {
      const response = await connections.request({ path: "/slack/events", method: "POST", headers, body });
      return { status: response.statusCode, text: await response.body.text() };
    },
    close: () => connections.close(),
  };
}

const summary = (times: number[]) => ({
  requests: times.length,
  p50Ms: Math.round(percentile(times, 50) * 10) / 10,
  p99Ms: Math.round(percentile(times, 99) * 10) / 10,
  maxMs: Math.round(Math.max(...times) * 10) / 10,
});

const dir = mkdtempSync(path.join(tmpdir(), "newsbrief-chat-bench-"));
const slack = await startFakeSlack();
const discord = await startFakeDiscord();
try {
  const file = path.join(dir, "bench.db");
  const loadSeconds = await buildSyntheticStore(file);
  const configFile = path.join(dir, "bot.yaml");
  writeFileSync(
    configFile,
    `bot:\n  dataDir: ${dir}\n  commandThreads: ${commandThreads}\ntopics:\n  - name: peace-plan\n    query: '${topicQuery}'\n`,
  );
  const port = 40_000 + Math.floor(Math.random() * 20_000);
  const bot = startReplica({
    name: "bench",
    configFile,
    env: {
      DATABASE_URL: `sqlite:${file}`,
      SLACK_BOT_TOKEN: slack.botToken,
      SLACK_SIGNING_SECRET: signingSecret,
      SLACK_API_URL: slack.apiUrl,
      DISCORD_TOKEN: "bench-discord-token",
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiUrl,
      PORT: String(port),
    },
  });
  await bot.running;
  for (const deadline = Date.now() + 60_000; discord.gateway.openSessions() === 0; ) {
    if (Date.now() > deadline) throw new Error(`the bot never opened the Discord gateway:\n${bot.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  for (const deadline = Date.now() + 120_000; !bot.stderr().includes('"msg":"topic verdicts kept"'); ) {
    if (Date.now() > deadline) throw new Error(`the bot never kept its topic verdicts:\n${bot.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const verdictsLine = bot
    .stderr()
    .split("\n")
    .find((line) => line.includes('"msg":"topic verdicts kept"'));
  const verdictsMs = (JSON.parse(verdictsLine ?? "{}") as { ms?: number }).ms ?? null;
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  const pid = bot.child.pid ?? 0;
  const idleRssMb = residentMemoryMb(pid);
  let peakRssMb = idleRssMb;
  const sampler = setInterval(() => {
    peakRssMb = Math.max(peakRssMb, residentMemoryMb(pid));
  }, 100);

  const client = slackClient(port);
  const slackAsk = async ({ who, channel }: Ask) => {
    const body = formBody(makeSlashCommand({ text: who, team_id: "TBENCH", channel_id: `CBENCH${channel}` }));
    const started = performance.now();
    const { status, text } = await client.post(body, {
      "content-type": "application/x-www-form-urlencoded",
      ...signRequest(signingSecret, body),
    });
    if (status !== 200 || text.length === 0) throw new Error(`slack answered ${status}`);
    return performance.now() - started;
  };
  const discordAsk = async ({ who, channel }: Ask) => {
    const payload = interactionPayload(
      { applicationId: discord.applicationId, guildId: discord.guilds[0]?.id ?? "" },
      { name: "latest", options: { who }, channelId: String(1_300_000_000_000_100_000n + BigInt(channel)) },
    );
    const callback = `/interactions/${payload.id}/${payload.token}/callback`;
    const answered = discord.request("POST", callback);
    const started = Date.now();
    discord.gateway.dispatch("INTERACTION_CREATE", payload);
    return (await answered).at - started;
  };
  const results: Record<string, unknown>[] = [];
  for (const [load, asks] of Object.entries(loads)) {
    // A fresh handler per load, so the first load reuses nothing.
    const store = await openStore(`sqlite:${file}`);
    const handler = benchHandler(store);
    const context = benchContext;
    const handlerAsk = async ({ who, channel }: Ask) => {
      const request: CommandRequest = {
        command: "latest",
        options: { who },
        context: { ...context, channelId: `CBENCH${channel}` },
      };
      const started = performance.now();
      await handler.handle(request);
      return performance.now() - started;
    };
    await pool(warmUp, handlerAsk);
    if (load === "distinct") {
      await pool(warmUp, slackAsk);
      await pool(warmUp, discordAsk);
    }
    const handlerTimes = await pool(asks, handlerAsk);
    await store.close();
    const slackTimes = await pool(asks, slackAsk);
    const discordTimes = await pool(asks, discordAsk);
    results.push({
      bench: "chat-latency",
      load,
      concurrency,
      claims: 500_000,
      commandThreads,
      slackHttp: summary(slackTimes),
      discordGateway: summary(discordTimes),
      handlerAlone: summary(handlerTimes),
      targetP99Ms: 100,
    });
  }
  const worst = await (async () => {
    const store = await openStore(`sqlite:${file}`);
    const handler = benchHandler(store);
    // One ordinary request first, so the speaker list is loaded before the timed ones.
    await handler.handle({ command: "latest", options: { who: named[0] ?? "" }, context: benchContext });
    const times: number[] = [];
    for (const speaker of repeaters) {
      const started = performance.now();
      await handler.handle({
        command: "latest",
        options: { who: surname(speaker) },
        context: { ...benchContext, channelId: `CWORST${times.length}` },
      });
      times.push(performance.now() - started);
    }
    await store.close();
    return { speakers: repeaters.length, maxMs: Math.round(Math.max(...times) * 10) / 10 };
  })();
  clearInterval(sampler);
  for (const result of results) console.log(JSON.stringify(result));
  console.log(
    JSON.stringify({
      bench: "chat-latency",
      load: "worst-case",
      note: "handler alone, one request at a time, speakers repeating one statement (reads up to the bound)",
      ...worst,
      topicVerdictsKeptMs: verdictsMs,
    }),
  );
  console.log(
    JSON.stringify({
      bench: "chat-memory",
      platforms: ["slack", "discord"],
      commandThreads,
      idleRssMb,
      peakRssMbUnderLoad: peakRssMb,
      loadSeconds: Math.round(loadSeconds),
    }),
  );
  await client.close();
  bot.child.kill("SIGTERM");
  await bot.exited;
} finally {
  await slack.close();
  await discord.close();
  rmSync(dir, { recursive: true, force: true });
}
