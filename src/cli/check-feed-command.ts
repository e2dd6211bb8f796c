import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadConfig } from "../config/load-config.js";
import { decodeBody } from "../ingest/decode-body.js";
import { decompressBody } from "../ingest/decompress-body.js";
import { feedIdFor } from "../ingest/feed-id.js";
import type { FetchResult } from "../ingest/fetch-result.js";
import { createGuardedFetch } from "../ingest/guarded-fetch.js";
import { normaliseItem } from "../ingest/normalise-item.js";
import { parseFeed } from "../ingest/parse-feed.js";
import { redactSecrets } from "../redact-secrets.js";
import type { CliCommand, CliIo } from "./cli-io.js";

/** A fetched or read body, or why there is none. */
type Loaded = FetchResult | { kind: "failed"; reason: string; detail: string };

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
  const isUrl = /^https?:\/\//i.test(target);
  const fetched = isUrl
    ? await fetchUrl(target, config, values["allow-private"] === true)
    : await readLocal(target, config.ingest.maxBodyBytes);
  if (fetched.kind === "failed") return printError(io, fetched.reason, fetched.detail);
  if (fetched.kind === "not_modified")
    return printError(io, "http_304", "server answered 304 to an unconditional request");
  const decompressed = decompressBody(
    fetched.body,
    fetched.headers["content-encoding"] === undefined ? undefined : "identity",
    config.ingest.maxBodyBytes,
  );
  if (decompressed.kind === "failed") return printError(io, decompressed.reason, decompressed.detail);
  const decoded = decodeBody(decompressed.body, fetched.headers["content-type"]);
  const parsed = await parseFeed(decoded.text);
  if (parsed.kind === "failed") return printError(io, parsed.reason, parsed.detail);
  const { feed } = parsed;
  const feedUrl = isUrl ? fetched.finalUrl : `file://${path.resolve(target)}`;
  const fetchedAt = new Date();
  const articles = feed.items.map((item) =>
    normaliseItem(item, {
      feedId: feedIdFor(feedUrl),
      feedUrl,
      channelTitle: feed.title,
      channelLink: feed.link,
      fetchedAt,
    }),
  );
  const repairs = feed.repairs.length > 0 ? `, repaired: ${feed.repairs.join(", ")}` : "";
  print(io, `title: ${oneLine(feed.title) || "(untitled feed)"}`);
  print(io, `format: ${feed.format} (encoding ${decoded.encoding}${repairs})`);
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

async function fetchUrl(
  url: string,
  config: ReturnType<typeof loadConfig>["config"],
  allowPrivate: boolean,
): Promise<FetchResult> {
  const allow = [...config.ingest.allowPrivate];
  if (allowPrivate && URL.canParse(url)) allow.push(new URL(url).hostname.replace(/^\[|\]$/g, ""));
  const fetcher = createGuardedFetch({
    ...config.ingest,
    allowPrivate: allow,
    userAgent: config.bot.userAgent,
  });
  try {
    return await fetcher.fetch(url);
  } finally {
    await fetcher.close();
  }
}

async function readLocal(file: string, maxBytes: number): Promise<Loaded> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return { kind: "failed", reason: "not_a_file", detail: file };
    if (info.size > maxBytes)
      return { kind: "failed", reason: "too_large", detail: `${file} is ${info.size} bytes` };
    return { kind: "ok", status: 200, headers: {}, body: await readFile(file), finalUrl: file };
  } catch (error) {
    return { kind: "failed", reason: "unreadable", detail: (error as Error).message };
  }
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
