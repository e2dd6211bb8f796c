import { describe, expect, it } from "vitest";
import { buildDiscordCommands, syncCommands } from "../../src/chat/discord/commands.js";
import { createDiscordRest } from "../../src/chat/discord/discord-rest.js";
import { createTestCommandHandler } from "../fakes/discord/test-command-handler.js";
import { testToken, useDiscordAdapter } from "../fakes/discord/use-discord-adapter.js";
import { requireDiscordSchema } from "../unit/chat/support/discord-contract.js";

const validCommand = requireDiscordSchema("ApplicationCommandUpdateRequest");
const globalCommands = /^\/applications\/\d+\/commands$/;

describe("Discord command sync at startup", () => {
  const discord = useDiscordAdapter();

  it("when the bot starts for the first time, then it bulk-overwrites the global commands with a valid payload", async () => {
    const bed = await discord({ timeoutMs: 5_000 });
    await bed.adapter.start(createTestCommandHandler().handler);
    const puts = bed.fake.requestsTo("PUT", globalCommands);
    expect(puts).toHaveLength(1);
    const body = puts[0]?.body as { name: string }[];
    expect(body.map((command) => command.name)).toEqual([
      "latest",
      "briefing",
      "topic",
      "feed",
      "subscribe",
      "unsubscribe",
      "status",
    ]);
    for (const command of body) expect(validCommand(command)).toEqual([]);
    expect(puts[0]?.headers.authorization).toBe(`Bot ${testToken}`);
    expect(bed.log()).toContain("discord commands registered");
  });

  it("when the bot starts again with the same commands, then it only compares and does not overwrite", async () => {
    const first = await discord({ timeoutMs: 5_000 });
    await first.adapter.start(createTestCommandHandler().handler);
    const second = await discord({ timeoutMs: 5_000 }, { fake: first.fake });
    await second.adapter.start(createTestCommandHandler().handler);
    expect(first.fake.requestsTo("GET", globalCommands)).toHaveLength(2);
    expect(first.fake.requestsTo("PUT", globalCommands)).toHaveLength(1);
    expect(second.log()).toContain("discord commands up to date");
  });

  it("when a description changed, then the commands are overwritten; for a guild, on that guild's route", async () => {
    const bed = await discord({ timeoutMs: 5_000 });
    await bed.adapter.start(createTestCommandHandler().handler);
    const rest = createDiscordRest({ token: testToken, apiUrl: bed.fake.apiUrl });
    const changed = buildDiscordCommands().map((command) =>
      command.name === "status" ? { ...command, description: "Feed health and the next briefing" } : command,
    );
    const result = await syncCommands(rest, bed.fake.applicationId, { commands: changed });
    expect(result).toEqual({ action: "overwritten", scope: "global", count: 7 });
    expect(bed.fake.requestsTo("PUT", globalCommands)).toHaveLength(2);
    const again = await syncCommands(rest, bed.fake.applicationId, { commands: changed });
    expect(again.action).toBe("unchanged");
    const guild = await syncCommands(rest, bed.fake.applicationId, { guildId: "1300000000000000003" });
    expect(guild).toEqual({ action: "overwritten", scope: "guild 1300000000000000003", count: 7 });
    expect(
      bed.fake.requestsTo("PUT", /^\/applications\/\d+\/guilds\/1300000000000000003\/commands$/),
    ).toHaveLength(1);
    expect(bed.fake.errors).toEqual([]);
  });
});
