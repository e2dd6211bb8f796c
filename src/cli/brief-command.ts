import { parseArgs } from "node:util";
import type { Briefing } from "../briefing/briefing.js";
import { composeBriefing } from "../briefing/compose-briefing.js";
import type { Config } from "../config/config-schema.js";
import { loadConfig } from "../config/load-config.js";
import { defaultWindow } from "../pipeline/default-window.js";
import { findTopic } from "../pipeline/find-topic.js";
import { openStore } from "../store/open-store.js";
import type { Store } from "../store/store.js";
import { isTimeZone } from "../text/is-time-zone.js";
import type { Topic } from "../topics/topic.js";
import type { CliCommand } from "./cli-io.js";
import { briefingFormats, isBriefingFormat, renderBriefingOutput } from "./render-briefing-output.js";

const usage =
  "usage: newsbrief brief --topic NAME [--since ISO] [--until ISO] [--workspace ID] [--timezone TZ]\n" +
  `                       [--format ${briefingFormats.join("|")}] [--config FILE]\n`;

/** A problem with the command line or its inputs, reported as one line and exit code 1. */
class BriefUsageError extends Error {}

/**
 * `newsbrief brief --topic NAME …`: compose a briefing from the store and print it. The topic
 * is found as slash commands find it (workspace "default" unless --workspace, then the default
 * set; config topics the store lacks included); the window defaults to `defaultWindow`'s (the
 * 24 hours before --until, or now); the time zone to the topic's schedule, else UTC. The JSON
 * formats print the array of messages that would be posted.
 */
export const briefCommand: CliCommand = async (argv, io) => {
  let store: Store | undefined;
  try {
    const options = parseOptions(argv);
    const loaded = loadConfig({ configPath: options.config, env: io.env });
    store = await openStore(loaded.databaseUrl);
    const topic = await topicFor(store, loaded.config, options.topic, options.workspace);
    const until = options.until ?? new Date().toISOString();
    const since =
      options.since ??
      (
        await defaultWindow(store, {
          workspaceId: options.workspace,
          topic: topic.name,
          until: new Date(until),
        })
      ).since;
    if (since >= until) throw new BriefUsageError(`--since (${since}) must be before --until (${until})`);
    const timezone =
      options.timezone ?? loaded.config.schedules.find((s) => s.topic === topic.name)?.timezone ?? "UTC";
    const briefing: Briefing = await composeBriefing(
      { store },
      { topic, window: { since, until }, timezone },
    );
    io.stdout.write(`${renderBriefingOutput(briefing, options.format)}\n`);
    return 0;
  } catch (error) {
    // Anything else (configuration, store) is reported by the CLI's one error handler.
    if (!(error instanceof BriefUsageError)) throw error;
    io.stderr.write(`newsbrief brief: ${error.message.trimEnd()}\n`);
    return 1;
  } finally {
    await store?.close();
  }
};

interface BriefOptions {
  topic: string;
  workspace: string;
  since: string | undefined;
  until: string | undefined;
  timezone: string | undefined;
  format: (typeof briefingFormats)[number];
  config: string | undefined;
}

function parseOptions(argv: string[]): BriefOptions {
  let values: Record<string, string | undefined>;
  try {
    values = parseArgs({
      args: argv,
      options: {
        topic: { type: "string" },
        since: { type: "string" },
        until: { type: "string" },
        workspace: { type: "string", default: "default" },
        timezone: { type: "string" },
        format: { type: "string", default: "text" },
        config: { type: "string" },
      },
      strict: true,
    }).values;
  } catch (error) {
    throw new BriefUsageError(`${(error as Error).message}\n${usage}`);
  }
  if (!values.topic) throw new BriefUsageError(`--topic is required\n${usage}`);
  if (!isBriefingFormat(values.format))
    throw new BriefUsageError(`--format must be one of ${briefingFormats.join(", ")}`);
  if (values.timezone !== undefined && !isTimeZone(values.timezone)) {
    throw new BriefUsageError(
      `--timezone: "${values.timezone}" is not a known IANA time zone (e.g. Europe/Kyiv, UTC)`,
    );
  }
  return {
    topic: values.topic,
    workspace: values.workspace ?? "default",
    since: isoOption("since", values.since),
    until: isoOption("until", values.until),
    timezone: values.timezone,
    format: values.format,
    config: values.config,
  };
}

/** The topic as slash commands find it (workspace, then default set), config topics not yet stored included. */
async function topicFor(store: Store, config: Config, name: string, workspace: string): Promise<Topic> {
  const configured = config.topics.map((topic) => ({
    workspaceId: topic.workspace,
    name: topic.name,
    ...(topic.title === undefined ? {} : { title: topic.title }),
    query: topic.query,
    createdAt: new Date(0).toISOString(),
  }));
  const found = await findTopic(store, { workspaceId: workspace, name, configured });
  if (found.kind === "found") return found.topic;
  const known = found.kind === "unknown" ? [...new Set(found.known)].sort() : [];
  const list = known.length === 0 ? "none" : known.join(", ");
  throw new BriefUsageError(`unknown topic "${name}" in workspace "${workspace}" (known: ${list})`);
}

function isoOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const time = Date.parse(value);
  if (Number.isNaN(time))
    throw new BriefUsageError(`--${name}: "${value}" is not an ISO date-time (e.g. 2025-11-21T06:00:00Z)`);
  return new Date(time).toISOString();
}
