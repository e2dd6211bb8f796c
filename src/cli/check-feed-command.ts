import { parseArgs } from "node:util";
import { loadConfig } from "../config/load-config.js";
// The use case shares its name with this command.
import { checkFeed } from "../ingest/check-feed.js";
import { redactSecrets } from "../redact-secrets.js";
import type { CliCommand, CliIo } from "./cli-io.js";

const usage = "usage: newsbrief check-feed <url|file> [--config FILE] [--allow-private]";
const shownItems = 5;

/**
 * `newsbrief check-feed <url|file>`: fetch (through the SSRF guard) or read one feed and print
 * its title, format, item count and first items, or `error: <reason>: <detail>`.
 * Exit 0 when the feed is usable, 1 when it is not. A broken configuration is thrown, for the
 * CLI's one error handler to report like every other command's.
 */
export const checkFeedCommand: CliCommand = async (argv, io) => {
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
  const checked = await checkFeed(target, {
    ...config.ingest,
    allowPrivate: allowList(target, config.ingest.allowPrivate, values["allow-private"] === true),
    userAgent: config.bot.userAgent,
    allowFiles: true,
  });
  if (checked.kind === "failed") return printError(io, checked.reason, checked.detail);
  const { articles } = checked;
  const repairs = checked.repairs.length > 0 ? `, repaired: ${checked.repairs.join(", ")}` : "";
  print(io, `title: ${oneLine(checked.title) || "(untitled feed)"}`);
  print(io, `format: ${checked.format} (encoding ${checked.encoding}${repairs})`);
  print(io, `items: ${articles.length}`);
  for (const article of articles.slice(0, shownItems)) {
    const date = `${article.publishedAt.slice(0, 16).replace("T", " ")}${article.dateIsFallback ? "?" : " "}`;
    print(io, `  ${date} ${article.title}\n    ${article.url ?? "(no link)"}`);
  }
  return 0;
};

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

function oneLine(text: string | null): string {
  return (text ?? "").replace(/\s+/g, " ").trim();
}

function printError(io: CliIo, reason: string, detail: string): number {
  print(io, `error: ${reason}: ${detail}`);
  return 1;
}

/** One line of output; URLs in it (the feed's, its items', an error's) lose their credentials. */
function print(io: CliIo, line: string): void {
  io.stdout.write(`${redactSecrets(line)}\n`);
}
