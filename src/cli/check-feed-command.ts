import { parseArgs } from "node:util";
import { loadConfig } from "../config/load-config.js";
// The use case shares its name with this file's own checkFeed(argv, io).
import { checkFeed as checkOneFeed } from "../ingest/check-feed.js";
import type { CliCommand, CliIo } from "./cli-io.js";

const usage = "usage: newsbrief check-feed <url|file> [--config FILE] [--allow-private]";
const shownItems = 5;

/**
 * `newsbrief check-feed <url|file>`: fetch (through the SSRF guard) or read one feed and print
 * its title, format, item count and first items, or `error: <reason>: <detail>`.
 * Exit 0 when the feed is usable, 1 when it is not. Never prints a stack trace.
 */
export const checkFeedCommand: CliCommand = async (argv, io) => {
  try {
    return await checkFeed(argv, io);
  } catch (error) {
    io.stdout.write(`error: internal_error: ${(error as Error)?.message ?? String(error)}\n`);
    return 1;
  }
};

async function checkFeed(argv: string[], io: CliIo): Promise<number> {
  let parsedArgs: ReturnType<typeof parseCommandLine>;
  try {
    parsedArgs = parseCommandLine(argv);
  } catch (error) {
    io.stderr.write(`newsbrief check-feed: ${(error as Error).message}\n${usage}\n`);
    return 1;
  }
  const { values, positionals } = parsedArgs;
  const target = positionals[0];
  if (target === undefined || positionals.length > 1) {
    io.stderr.write(`${usage}\n`);
    return 1;
  }
  const { config } = loadConfig({ ...(values.config ? { configPath: values.config } : {}), env: io.env });
  const checked = await checkOneFeed(target, {
    ...config.ingest,
    allowPrivate: allowList(target, config.ingest.allowPrivate, values["allow-private"] === true),
    userAgent: config.bot.userAgent,
    allowFiles: true,
  });
  if (checked.kind === "failed") return printError(io, checked.reason, checked.detail);
  const { articles } = checked;
  const repairs = checked.repairs.length > 0 ? `, repaired: ${checked.repairs.join(", ")}` : "";
  io.stdout.write(`title: ${checked.title || "(untitled feed)"}\n`);
  io.stdout.write(`format: ${checked.format} (encoding ${checked.encoding}${repairs})\n`);
  io.stdout.write(`items: ${articles.length}\n`);
  for (const article of articles.slice(0, shownItems)) {
    const date = `${article.publishedAt.slice(0, 16).replace("T", " ")}${article.dateIsFallback ? "?" : " "}`;
    io.stdout.write(`  ${date} ${article.title}\n    ${article.url ?? "(no link)"}\n`);
  }
  return 0;
}

function parseCommandLine(argv: string[]) {
  return parseArgs({
    args: argv,
    options: { config: { type: "string" }, "allow-private": { type: "boolean", default: false } },
    allowPositionals: true,
    strict: true,
  });
}

/** The config allow-list, plus the URL's own host with --allow-private. */
function allowList(target: string, configured: readonly string[], allowPrivate: boolean): string[] {
  const allow = [...configured];
  if (allowPrivate && URL.canParse(target)) allow.push(new URL(target).hostname.replace(/^\[|\]$/g, ""));
  return allow;
}

function printError(io: CliIo, reason: string, detail: string): number {
  io.stdout.write(`error: ${reason}: ${detail}\n`);
  return 1;
}
