import path from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../config/load-config.js";
import { bundledFeedsDir, runDemo } from "../demo/run-demo.js";
import { createLogger, silentLogger } from "../logger.js";
import type { CliCommand } from "./cli-io.js";
import { briefingFormats, isBriefingFormat, renderBriefingOutput } from "./render-briefing-output.js";

/**
 * `newsbrief demo [--feeds DIR] [--format text|markdown|discord-json|slack-json] [--topic NAME] [--verbose]`:
 * the whole bot offline on the bundled sample feeds (or a folder of your own), printing the briefing.
 */
export const demoCommand: CliCommand = async (argv, io) => {
  const { values } = parseArgs({
    args: argv,
    options: {
      feeds: { type: "string" },
      format: { type: "string", default: "text" },
      topic: { type: "string", default: "peace-plan" },
      config: { type: "string" },
      verbose: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (!isBriefingFormat(values.format)) {
    io.stderr.write(`newsbrief demo: --format must be one of ${briefingFormats.join(", ")}\n`);
    return 1;
  }
  const loaded = loadConfig({ configPath: values.config, env: io.env });
  const logger = values.verbose
    ? createLogger({ level: "debug", format: "text", stream: io.stderr })
    : silentLogger;
  const feedsDir = values.feeds ? path.resolve(values.feeds) : bundledFeedsDir;
  const result = await runDemo({ config: loaded.config, feedsDir, topicName: values.topic, logger });
  for (const failure of result.failures) {
    io.stderr.write(`demo: feed failed: ${failure.url}: ${failure.reason}\n`);
  }
  if (values.format === "text" || values.format === "markdown") {
    io.stderr.write(
      `demo: ${result.feeds} feeds served from ${feedsDir}, ${result.articles} articles ingested\n\n`,
    );
  }
  io.stdout.write(`${renderBriefingOutput(result.briefing, values.format)}\n`);
  return 0;
};
