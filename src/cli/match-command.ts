import { z } from "zod";
import { ConfigError, loadConfig } from "../config/load-config.js";
import { compileTopicQuery, type TopicMatcher } from "../topics/compile-topic-query.js";
import { parseTopicQuery } from "../topics/parse-topic-query.js";
import { selectTopicArticles } from "../topics/select/select-topic-articles.js";
import type { TopicArticle, TopicMatch } from "../topics/select/topic-selection.js";
import type { CliCommand, CliIo } from "./cli-io.js";
import { parseCommandArgs, usageError } from "./parse-command-args.js";
import { readJsonLines } from "./read-json-lines.js";
import { writeJsonLine } from "./write-json-line.js";

const HELP = `Usage: newsbrief match (--topic NAME [--config FILE] | --query QUERY)

Reads JSON Lines on stdin, one {"id": string, "title": string, "text": string} per line ("title"
may be missing or null), and writes one line per input, in order:
  {"id": string, "matches": boolean, "via": "query" | "story" | null, "why": object | null}
"via" is "query" when the topic's query matches the item, "story" when it does not but the item is
a near-duplicate or a write-up of the same event as an item that does (one hop, see README "Topic
queries"); "why" is {"terms": [...]} (the spellings found) or {"basis": "duplicate" | "event",
"article": {"id", "title"}, "similarity": number} (the item it joined through).
Stories are found within the input, so the output is written once all of stdin is read. A line
that is not such an object is reported on stderr with its line number and skipped; the exit code
is then 1. Blank lines are ignored.

Options:
  --topic NAME   a topic of the configuration (workspace "default"); no store is needed
  --config FILE  configuration file (default config/default.yaml, or NEWSBRIEF_CONFIG)
  --query QUERY  test a query instead of a configured topic`;

const inputSchema = z.object({
  id: z.string(),
  title: z
    .string()
    .nullish()
    .transform((title) => title ?? ""),
  text: z.string(),
});

const spec = {
  name: "match",
  help: HELP,
  options: { topic: { type: "string" }, query: { type: "string" }, config: { type: "string" } },
} as const;

/** One output line of `newsbrief match`: the contract an outside check scores. */
interface MatchResult {
  id: string;
  matches: boolean;
  via: TopicMatch["via"] | null;
  /** Why it matched (additions to the contract); null when it did not. */
  why: TopicMatch["why"] | null;
}

/** `newsbrief match`: which JSON Lines items belong to a topic, and why. */
export const matchCommand: CliCommand = async (argv, io) => {
  const parsed = parseCommandArgs(spec, argv, io);
  if (typeof parsed === "number") return parsed;
  const { values } = parsed;
  if ((values.topic === undefined) === (values.query === undefined)) {
    return usageError(spec, io, "give either --topic NAME or --query QUERY");
  }
  let matcher: TopicMatcher;
  try {
    matcher = compileTopicQuery(parseTopicQuery(topicQuery(values, io)));
  } catch (error) {
    // A broken config file is reported like every command reports it, by the one CLI handler.
    if (error instanceof ConfigError) throw error;
    io.stderr.write(`match: ${(error as Error).message}\n`);
    return 2;
  }

  let bad = 0;
  const items: TopicArticle[] = [];
  for await (const line of readJsonLines(
    io.stdin,
    inputSchema,
    '{"id": string, "title": string, "text": string}',
  )) {
    if ("error" in line) {
      bad++;
      io.stderr.write(`match: line ${line.lineNumber}: ${line.error}\n`);
    } else {
      items.push(line.value);
    }
  }
  // By object, not id: ids need not be unique in the input, and every line gets its own answer.
  const selected = new Map(selectTopicArticles(items, matcher).map((match) => [match.article, match]));
  for (const item of items) {
    const match = selected.get(item);
    const result: MatchResult = match
      ? { id: item.id, matches: true, via: match.via, why: match.why }
      : { id: item.id, matches: false, via: null, why: null };
    await writeJsonLine(io.stdout, result);
  }
  return bad > 0 ? 1 : 0;
};

/** The query to test: given, or that of the configured topic (which must exist). */
function topicQuery(values: { topic?: string; query?: string; config?: string }, io: CliIo): string {
  if (values.query !== undefined) return values.query;
  const { config, configPath } = loadConfig({ configPath: values.config, env: io.env });
  const topic = config.topics.find((each) => each.name === values.topic && each.workspace === "default");
  if (topic === undefined) {
    const names = config.topics.map((each) => each.name).join(", ") || "none";
    throw new Error(`no topic "${values.topic}" in workspace "default" of ${configPath} (topics: ${names})`);
  }
  return topic.query;
}
