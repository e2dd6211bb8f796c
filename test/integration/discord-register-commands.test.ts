import { afterEach, describe, expect, it } from "vitest";
import { registerCommandsCommand } from "../../src/cli/register-commands-command.js";
import { type FakeDiscord, startFakeDiscord } from "../fakes/fake-discord.js";
import { captureIo } from "../support/capture-io.js";
import { runCli } from "../support/run-cli.js";

const guildRoute = /^\/applications\/\d+\/guilds\/1300000000000000003\/commands$/;
const globalRoute = /^\/applications\/\d+\/commands$/;

describe("newsbrief register-commands", () => {
  let fake: FakeDiscord | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });

  async function envFor() {
    fake = await startFakeDiscord();
    return {
      fake,
      env: {
        DISCORD_TOKEN: "cli-test-token",
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_API_URL: fake.apiUrl,
      },
    };
  }

  it("when run with --guild, then that guild's commands are registered at once, and a second run finds them up to date", async () => {
    const { fake, env } = await envFor();
    const first = captureIo({ env });
    expect(await registerCommandsCommand(["--guild", "1300000000000000003"], first.io)).toBe(0);
    expect(first.stdout()).toBe("registered 7 commands (guild 1300000000000000003)\n");
    const puts = fake.requestsTo("PUT", guildRoute);
    expect(puts).toHaveLength(1);
    expect(puts[0]?.headers.authorization).toBe("Bot cli-test-token");
    const second = captureIo({ env });
    expect(await registerCommandsCommand(["--guild", "1300000000000000003"], second.io)).toBe(0);
    expect(second.stdout()).toBe("already up to date: 7 commands (guild 1300000000000000003)\n");
    expect(fake.requestsTo("PUT", guildRoute)).toHaveLength(1);
    expect(fake.requestsTo("PUT", globalRoute)).toHaveLength(0);
    expect(fake.errors).toEqual([]);
  });

  it("when the token or application id is missing, then it says which and exits 1 without calling Discord", async () => {
    const { fake } = await envFor();
    const run = captureIo({ env: { DISCORD_API_URL: fake.apiUrl } });
    expect(await registerCommandsCommand([], run.io)).toBe(1);
    expect(run.stderr()).toContain("set DISCORD_TOKEN and DISCORD_APPLICATION_ID in the environment");
    expect(fake.requests).toEqual([]);
  });

  it("when Discord rejects the token, then it says so and exits 1", async () => {
    const { fake, env } = await envFor();
    fake.fault("GET", globalRoute, { status: 401, body: { message: "401: Unauthorized", code: 0 } });
    const run = captureIo({ env });
    expect(await registerCommandsCommand([], run.io)).toBe(1);
    expect(run.stderr()).toContain("the token was rejected");
    expect(run.stderr()).not.toContain("cli-test-token");
  });

  it("when --guild is not a server id, then it explains and exits 1", async () => {
    const run = captureIo({ env: {} });
    expect(await registerCommandsCommand(["--guild", "my-server"], run.io)).toBe(1);
    expect(run.stderr()).toContain("--guild expects a server id");
  });

  it("when run as `newsbrief register-commands` without --guild, then the global commands are registered", async () => {
    const { fake, env } = await envFor();
    const result = await runCli(["register-commands"], { env });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("registered 7 commands (global)");
    expect(fake.requestsTo("PUT", globalRoute)).toHaveLength(1);
  });
});
