import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config/load-config.js";
import { HttpListenError } from "../http.js";
import { createLogger } from "../logger.js";
import { startBot } from "../main.js";
import type { CliCommand } from "./cli-io.js";

/** `newsbrief run [--config FILE]`: start the bot and keep it running until SIGINT/SIGTERM. */
export const runCommand: CliCommand = async (argv, io) => {
  const { values } = parseArgs({ args: argv, options: { config: { type: "string" } }, strict: true });
  let loaded: ReturnType<typeof loadConfig>;
  try {
    loaded = loadConfig({ configPath: values.config, env: io.env });
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`newsbrief: configuration error in ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const logger = createLogger({ level: loaded.env.LOG_LEVEL, stream: io.stderr });
  logger.info("starting newsbrief", { config: loaded.configPath, feeds: loaded.config.feeds.length });
  let bot: Awaited<ReturnType<typeof startBot>>;
  try {
    bot = await startBot(loaded, { logger, stdout: io.stdout });
  } catch (error) {
    if (error instanceof HttpListenError) {
      io.stderr.write(`newsbrief: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  await new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      logger.info("shutting down", { signal });
      resolve();
    };
    process.once("SIGINT", shutdown);
    process.once("SIGTERM", shutdown);
  });
  await bot.stop();
  return 0;
};
