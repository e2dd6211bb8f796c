import { parseArgs } from "node:util";
import { syncCommands } from "../chat/discord/commands.js";
import { createDiscordRest } from "../chat/discord/discord-rest.js";
import { loadConfig } from "../config/load-config.js";
import type { CliCommand } from "./cli-io.js";

const usage = "usage: newsbrief register-commands [--guild ID] [--config FILE]";

/**
 * `newsbrief register-commands [--guild ID]`: register the slash commands now, for one guild
 * (they apply at once: for development) or globally, with the same compare-and-overwrite the bot
 * runs at startup. Needs DISCORD_TOKEN and DISCORD_APPLICATION_ID. Exit 0 when registered or
 * already up to date, 1 otherwise.
 */
export const registerCommandsCommand: CliCommand = async (argv, io) => {
  let values: { guild?: string | undefined; config?: string | undefined };
  try {
    values = parseArgs({
      args: argv,
      options: { guild: { type: "string" }, config: { type: "string" } },
      strict: true,
    }).values;
  } catch (error) {
    io.stderr.write(`newsbrief register-commands: ${(error as Error).message}\n${usage}\n`);
    return 1;
  }
  if (values.guild !== undefined && !/^\d{5,25}$/u.test(values.guild)) {
    io.stderr.write(
      `newsbrief register-commands: --guild expects a server id (digits), got "${values.guild}"\n`,
    );
    return 1;
  }
  const { env } = loadConfig({ ...(values.config ? { configPath: values.config } : {}), env: io.env });
  const missing = [
    env.DISCORD_TOKEN === undefined ? "DISCORD_TOKEN" : undefined,
    env.DISCORD_APPLICATION_ID === undefined ? "DISCORD_APPLICATION_ID" : undefined,
  ].filter((name) => name !== undefined);
  if (env.DISCORD_TOKEN === undefined || env.DISCORD_APPLICATION_ID === undefined) {
    io.stderr.write(
      `newsbrief register-commands: set ${missing.join(" and ")} in the environment ` +
        "(Developer Portal: General Information has the application id, Bot the token)\n",
    );
    return 1;
  }
  const rest = createDiscordRest({
    token: env.DISCORD_TOKEN,
    ...(env.DISCORD_API_URL === undefined ? {} : { apiUrl: env.DISCORD_API_URL }),
  });
  try {
    const result = await syncCommands(rest, env.DISCORD_APPLICATION_ID, {
      ...(values.guild === undefined ? {} : { guildId: values.guild }),
    });
    const what = result.action === "overwritten" ? "registered" : "already up to date:";
    io.stdout.write(`${what} ${result.count} commands (${result.scope})\n`);
    if (result.scope === "global") io.stdout.write("global commands can take a few minutes to show up\n");
    return 0;
  } catch (error) {
    const coded = error as { status?: number; message?: string };
    const hint = coded.status === 401 ? " (the token was rejected: check DISCORD_TOKEN)" : "";
    io.stderr.write(`newsbrief register-commands: ${coded.message ?? String(error)}${hint}\n`);
    return 1;
  }
};
