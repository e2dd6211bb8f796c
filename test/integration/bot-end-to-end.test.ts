import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { interactionPayload } from "../fakes/discord/interaction-payloads.js";
import { waitFor } from "../fakes/discord/wait-for.js";
import { type FakeDiscord, startFakeDiscord } from "../fakes/fake-discord.js";
import { type FakeFeedServer, startFakeFeedServer } from "../fakes/fake-feed-server.js";
import { type FakeSlack, startFakeSlack } from "../fakes/fake-slack.js";
import { formBody, makeSlashCommand } from "../fakes/slack/make-slash-command.js";
import { signRequest } from "../fakes/slack/sign-request.js";
import { makeRssFeed } from "../fixtures/feeds/make-feed.js";
import { type Replica, startReplica } from "../support/cluster/start-replica.js";
import { checkSlackLimits } from "../unit/chat/support/check-slack-limits.js";
import { createDiscordSpecValidator } from "../unit/chat/support/discord-contract.js";

// Known fake secrets: the whole log is searched for them at the end.
const secrets = {
  DISCORD_TOKEN: "e2e-discord-token-7f3a9c1b2d4e",
  SLACK_BOT_TOKEN: "xoxb-e2e-slack-bot-token-5c6d",
  SLACK_SIGNING_SECRET: "e2e-signing-secret-0a1b2c3d4e5f",
};
const slackChannel = "C0NEWS";
const discordChannel = "1300000000000000099";

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const denial = {
  guid: "peskov-denial",
  title: "Kremlin says no peace plan for Ukraine is being discussed",
  link: "https://wire.example/world/peskov-denial",
  pubDate: new Date(Date.now() - 3_600_000).toUTCString(),
  description:
    "Kremlin spokesman Dmitry Peskov said on Thursday that no such peace plan for Ukraine was being discussed with Washington. @everyone <!channel>",
};

describe("npm start with chat tokens set, against stand-ins of both platforms", () => {
  let dir: string;
  let feeds: FakeFeedServer;
  let slack: FakeSlack;
  let discord: FakeDiscord;
  let bot: Replica | undefined;
  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "newsbrief-e2e-"));
    feeds = await startFakeFeedServer();
    slack = await startFakeSlack({ botToken: secrets.SLACK_BOT_TOKEN });
    discord = await startFakeDiscord();
  });
  afterEach(async () => {
    if (bot?.child.exitCode === null) bot.child.kill("SIGKILL");
    await Promise.all([feeds.close(), slack.close(), discord.close()]);
    rmSync(dir, { recursive: true, force: true });
  });

  it("when feeds are served locally, then claims are extracted, /latest is answered on Slack and Discord, subscriptions' briefings are posted, and no secret is logged", async () => {
    feeds.route("/world.xml", { body: makeRssFeed({ title: "Wire World", items: [denial] }) });
    const port = await freePort();
    const configFile = path.join(dir, "bot.yaml");
    writeFileSync(
      configFile,
      [
        "bot:",
        `  dataDir: ${dir}`,
        "ingest:",
        "  allowPrivate: ['127.0.0.1']",
        "  announceFirstFetch: true",
        `feeds:\n  - url: ${feeds.url("/world.xml")}`,
        "topics:\n  - name: peace-plan\n    title: Peace plan for Ukraine\n    query: Ukraine AND plan",
        "schedules:",
        `  - channel: slack:${slackChannel}\n    topic: peace-plan\n    cron: "*/2 * * * * *"`,
        `  - channel: discord:${discordChannel}\n    topic: peace-plan\n    cron: "*/2 * * * * *"`,
      ].join("\n"),
    );
    bot = startReplica({
      name: "e2e",
      configFile,
      env: {
        ...secrets,
        DISCORD_APPLICATION_ID: discord.applicationId,
        DISCORD_API_URL: discord.apiUrl,
        SLACK_API_URL: slack.apiUrl,
        PORT: String(port),
      },
    });
    await bot.running;

    // Slack: a signed /latest over HTTP, answered with Peskov's denial (on the /latest thread, as
    // `bot.commandThreads` is 1 by default).
    await waitFor(
      "claims stored and the /latest thread ready",
      () =>
        bot?.stderr().includes('"processed":1') && bot.stderr().includes('"msg":"/latest thread ready"')
          ? true
          : undefined,
      15_000,
    );
    const body = formBody(makeSlashCommand({ text: "peskov", channel_id: slackChannel }));
    const answer = await fetch(`http://127.0.0.1:${port}/slack/events`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        ...signRequest(secrets.SLACK_SIGNING_SECRET, body),
      },
      body,
    });
    expect(answer.status).toBe(200);
    const reply = JSON.stringify(await answer.json());
    expect(reply).toContain("Dmitry Peskov");
    expect(reply).toContain("denies");

    // Discord: /latest who:peskov through the gateway, answered at the interaction callback.
    await waitFor(
      "the gateway session",
      () => (discord.gateway.openSessions() > 0 ? true : undefined),
      15_000,
    );
    const payload = interactionPayload(
      { applicationId: discord.applicationId, guildId: discord.guilds[0]?.id ?? "" },
      { name: "latest", options: { who: "peskov" } },
    );
    discord.gateway.dispatch("INTERACTION_CREATE", payload);
    const callback = await waitFor(
      "the interaction callback",
      () =>
        discord.requestsTo("POST", new RegExp(`^/interactions/${payload.id}/${payload.token}/callback$`))[0],
    );
    expect(JSON.stringify(callback.body)).toContain("Dmitry Peskov");

    // Both subscriptions' briefings reach their channels, valid for their platform and unable to ping.
    const slackPost = await waitFor(
      "a Slack briefing",
      () => slack.callsTo("chat.postMessage").find((call) => call.params.channel === slackChannel),
      15_000,
    );
    const discordPost = await waitFor(
      "a Discord briefing",
      () => discord.requestsTo("POST", new RegExp(`^/channels/${discordChannel}/messages$`))[0],
      15_000,
    );
    expect(String(slackPost.params.text)).toContain("Peace plan for Ukraine");
    expect(checkSlackLimits(slackPost.params as never)).toEqual([]);
    expect(JSON.stringify(slackPost.params.blocks)).not.toContain("<!channel>");
    const discordBody = discordPost.body as { allowed_mentions: unknown; content?: string };
    expect(discordBody.allowed_mentions).toEqual({ parse: [] });
    expect(createDiscordSpecValidator()?.(discordBody) ?? []).toEqual([]);
    expect(discordBody.content ?? "").not.toContain("@everyone");

    bot.child.kill("SIGTERM");
    expect(await bot.exited).toBe(0);
    const log = bot.stderr();
    for (const secret of Object.values(secrets)) expect(log).not.toContain(secret);
    expect(slack.unknown).toEqual([]);
    expect(discord.errors).toEqual([]);
  }, 60_000);
});
