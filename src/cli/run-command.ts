import { parseArgs } from "node:util";
import { loadConfig } from "../config/load-config.js";
import { secretValues } from "../config/secret-values.js";
import { createLogger } from "../logger.js";
import { startBot } from "../main.js";
import type { CliCommand } from "./cli-io.js";
import { listenForStopSignal } from "./listen-for-stop-signal.js";
import { stopWithin } from "./stop-within.js";

/**
 * `newsbrief run [--config FILE]`: start the bot and keep it running until SIGTERM or SIGINT, then
 * stop it and exit 0, or exit 1 when the stop does not finish within `bot.shutdownTimeoutMs` (or a
 * second signal arrives first).
 */
export const runCommand: CliCommand = async (argv, io) => {
  const { values } = parseArgs({ args: argv, options: { config: { type: "string" } }, strict: true });
  const loaded = loadConfig({ configPath: values.config, env: io.env });
  // Listening starts before anything slow, so a stop requested during startup is a clean stop too.
  const stopSignal = listenForStopSignal();
  const logger = createLogger({
    level: loaded.env.LOG_LEVEL,
    format: loaded.env.LOG_FORMAT,
    stream: io.stderr,
    secrets: secretValues(loaded),
  });
  // The pid tells an operator (and the Docker test) that the process signalled is the bot itself.
  logger.info("starting newsbrief", {
    pid: process.pid,
    config: loaded.configPath,
    feeds: loaded.config.feeds.length,
  });
  let bot: Awaited<ReturnType<typeof startBot>>;
  try {
    bot = await startBot(loaded, { logger, stdout: io.stdout });
  } catch (error) {
    stopSignal.dispose();
    throw error;
  }
  logger.info("newsbrief running");
  const signal = await stopSignal.received;
  const { shutdownTimeoutMs } = loaded.config.bot;
  logger.info("shutting down", { signal, timeoutMs: shutdownTimeoutMs });
  const again = listenForStopSignal();
  const outcome = await stopWithin(() => bot.stop(), {
    timeoutMs: shutdownTimeoutMs,
    interrupt: again.received,
  });
  again.dispose();
  if (outcome.kind === "stopped") {
    logger.info("stopped");
    return 0;
  }
  if (outcome.kind === "failed") logger.error("shutdown failed", { error: outcome.error });
  else if (outcome.kind === "timed_out")
    logger.error(`shutdown did not finish within ${shutdownTimeoutMs} ms; exiting with work in flight`);
  else logger.error("second stop signal; exiting with work in flight");
  // Why: what did not stop still holds sockets or timers, which would keep the process alive.
  process.exit(1);
};
