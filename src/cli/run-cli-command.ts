import { briefCommand } from "./brief-command.js";
import { checkFeedCommand } from "./check-feed-command.js";
import type { CliCommand, CliIo } from "./cli-io.js";
import { demoCommand } from "./demo-command.js";
import { evalAttributionCommand } from "./eval-attribution-command.js";
import { extractCommand } from "./extract-command.js";
import { ingestCommand } from "./ingest-command.js";
import { matchCommand } from "./match-command.js";
import { registerCommandsCommand } from "./register-commands-command.js";
import { reportCliError } from "./report-cli-error.js";
import { runCommand } from "./run-command.js";

const commands: Record<string, { run: CliCommand; summary: string }> = {
  run: { run: runCommand, summary: "run the bot: scheduled ingest and briefings (what `npm start` does)" },
  demo: {
    run: demoCommand,
    summary: "the whole pipeline offline on bundled sample feeds, printing a briefing",
  },
  ingest: { run: ingestCommand, summary: "ingest --once: one ingest cycle over the configured feeds" },
  "check-feed": {
    run: checkFeedCommand,
    summary: "check-feed <url|file>: fetch or read one feed and say what it holds",
  },
  extract: {
    run: extractCommand,
    summary: "who-claims-what: JSON Lines {id,text} on stdin → {id,claims} on stdout",
  },
  match: {
    run: matchCommand,
    summary: "match --topic NAME | --query Q: JSON Lines {id,title,text} on stdin → {id,matches,via,why}",
  },
  "register-commands": {
    run: registerCommandsCommand,
    summary: "register-commands [--guild ID]: register the Discord slash commands now",
  },
  brief: { run: briefCommand, summary: "brief --topic NAME: compose a briefing from the store and print it" },
  "eval-attribution": {
    run: evalAttributionCommand,
    summary: "eval-attribution FILE.jsonl: score the extractor on PolNeAR-format data",
  },
};

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(
    ([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`,
  );
  return `usage: newsbrief <command> [options]\n\ncommands:\n${lines.join("\n")}\n\nEvery command takes --config FILE (default: config/default.yaml, or NEWSBRIEF_CONFIG).\n`;
}

/**
 * `newsbrief <command> …` as the binary runs it: pick the command, run it, and report whatever it
 * throws through the one error handler, so every command reports a problem the same way.
 * Resolves with the exit code; never rejects.
 */
export async function runCliCommand(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    io.stdout.write(usage());
    return name === undefined ? 1 : 0;
  }
  const command = commands[name];
  if (!command) {
    io.stderr.write(`newsbrief: unknown command "${name}"\n\n${usage()}`);
    return 1;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    return reportCliError(error, io, name);
  }
}
