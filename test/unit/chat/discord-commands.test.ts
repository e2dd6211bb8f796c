import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildDiscordCommands } from "../../../src/chat/discord/commands.js";
import { normaliseCommands } from "../../../src/chat/discord/commands-normalise.js";
import { requireDiscordSchema } from "./support/discord-contract.js";

/*
 * The registered command payload, as a golden file. After an intended change to the command table,
 * regenerate it with `UPDATE_GOLDEN=1 npx vitest run test/unit/chat/discord-commands.test.ts`.
 */
const golden = path.join(import.meta.dirname, "golden", "discord-commands.json");

describe("Discord application commands", () => {
  const commands = buildDiscordCommands();

  it("when built from the command table, then they match the golden payload", () => {
    if (process.env.UPDATE_GOLDEN === "1" || !existsSync(golden)) {
      writeFileSync(golden, `${JSON.stringify(commands, null, 2)}\n`);
    }
    expect(commands).toEqual(JSON.parse(readFileSync(golden, "utf8")));
  });

  it("when checked against Discord's spec, then every command is a valid ApplicationCommandUpdateRequest within the limits", () => {
    const validate = requireDiscordSchema("ApplicationCommandUpdateRequest");
    for (const command of commands) {
      expect(validate(command)).toEqual([]);
      const descriptions = [command, ...command.options, ...command.options.flatMap((o) => o.options ?? [])];
      for (const item of descriptions) expect(item.description.length).toBeLessThanOrEqual(100);
    }
  });

  it("when built, then the options are exactly the issue's table and the Slack-only help is left out", () => {
    const byName = new Map(commands.map((command) => [command.name, command]));
    expect([...byName.keys()]).not.toContain("help");
    expect(
      byName.get("latest")?.options.map((o) => [o.name, o.type, o.required, o.autocomplete ?? false]),
    ).toEqual([
      ["who", 3, false, true],
      ["topic", 3, false, true],
      ["public", 5, false, false],
    ]);
    expect(byName.get("topic")?.options.map((o) => [o.name, o.type])).toEqual([
      ["add", 1],
      ["list", 1],
      ["remove", 1],
      ["test", 1],
    ]);
    expect(byName.get("feed")?.options.map((o) => o.name)).toEqual(["add", "list", "remove"]);
    expect(byName.get("subscribe")?.options.map((o) => [o.name, o.required])).toEqual([
      ["topic", true],
      ["time", false],
      ["timezone", false],
    ]);
    expect(byName.get("status")?.options).toEqual([]);
  });

  it("when a command is admin-only, then Manage Server is its default permission (a hint: our code checks); servers only", () => {
    const permissions = Object.fromEntries(commands.map((c) => [c.name, c.default_member_permissions]));
    expect(permissions).toEqual({
      latest: null,
      briefing: null,
      topic: null,
      feed: null,
      subscribe: 32,
      unsubscribe: 32,
      status: null,
    });
    for (const command of commands) expect(command.contexts).toEqual([0]);
  });

  it("when Discord returns the commands with its own defaults (string permissions, no required:false, ids), then they compare equal to ours", () => {
    const registered = commands.map((command) => ({
      ...command,
      id: "1",
      application_id: "2",
      version: "3",
      default_member_permissions: command.default_member_permissions?.toString() ?? null,
      options: command.options.map(({ required, ...option }) =>
        required === true ? { ...option, required } : option,
      ),
    }));
    expect(normaliseCommands(registered)).toEqual(normaliseCommands(commands));
    const renamed = registered.map((c) => (c.name === "status" ? { ...c, description: "changed" } : c));
    expect(normaliseCommands(renamed)).not.toEqual(normaliseCommands(commands));
  });
});
