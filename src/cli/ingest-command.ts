import { parseArgs } from "node:util";
import { loadConfig } from "../config/load-config.js";
import { createLogger } from "../logger.js";
import { createPipeline } from "../pipeline/create-pipeline.js";
import { redactSecrets } from "../redact-secrets.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import type { CliCommand } from "./cli-io.js";

const usage = "usage: newsbrief ingest --once [--config FILE]";

/**
 * `newsbrief ingest --once`: one ingest cycle over every configured feed (stored articles get
 * their claims and stories, like in `run`), progress on a terminal
 * (plain log lines otherwise) and a summary line. Exit 0 even when feeds failed (they are
 * reported); 1 only when configuration or store is broken, which is thrown for the CLI's one
 * error handler to report.
 */
export const ingestCommand: CliCommand = async (argv, io) => {
  let once = false;
  let configPath: string | undefined;
  try {
    const { values } = parseArgs({
      args: argv,
      options: { once: { type: "boolean" }, config: { type: "string" } },
      strict: true,
    });
    once = values.once === true;
    configPath = values.config;
  } catch (error) {
    io.stderr.write(`newsbrief ingest: ${(error as Error).message}\n${usage}\n`);
    return 1;
  }
  if (!once) {
    io.stderr.write(
      `newsbrief ingest: only --once is supported here; \`newsbrief run\` ingests on a schedule\n${usage}\n`,
    );
    return 1;
  }
  let store: Store | undefined;
  try {
    const loaded = loadConfig({ ...(configPath ? { configPath } : {}), env: io.env });
    // On a terminal the progress line is the feedback; per-feed lines would scramble it.
    const logger = createLogger({
      level: io.isTTY ? "warn" : loaded.env.LOG_LEVEL,
      format: loaded.env.LOG_FORMAT,
      stream: io.stderr,
    });
    store = await openStore(loaded.databaseUrl, { logger });
    const pipeline = createPipeline({ store, config: loaded.config, logger });
    const summary = await pipeline.ingest({
      all: true,
      onProgress: (done, total) => {
        if (io.isTTY) io.stderr.write(`\rfeeds ${done}/${total}${done === total ? "\n" : ""}`);
      },
    });
    // Feed URLs may carry credentials (https://user:secret@host/feed); they are never printed.
    for (const failure of summary.failures)
      io.stdout.write(`failed: ${redactSecrets(failure.url)}: ${failure.reason}\n`);
    io.stdout.write(
      `ingest: ${summary.feeds} feeds, ${summary.ok} ok, ${summary.notModified} not modified, ${summary.failed} failed, ` +
        `${summary.newArticles + summary.seededArticles} new articles (${summary.seededArticles} seeded), ` +
        `${summary.processed} processed\n`,
    );
    return 0;
  } finally {
    await store?.close().catch(() => undefined);
  }
};
