#!/usr/bin/env node
import { briefCommand } from "./cli/brief-command.js";
import { checkFeedCommand } from "./cli/check-feed-command.js";
import type { CliCommand, CliIo } from "./cli/cli-io.js";
import { demoCommand } from "./cli/demo-command.js";
import { evalAttributionCommand } from "./cli/eval-attribution-command.js";
import { extractCommand } from "./cli/extract-command.js";
import { ingestCommand } from "./cli/ingest-command.js";
import { matchCommand } from "./cli/match-command.js";
import { runCommand } from "./cli/run-command.js";
import { processEnvironment } from "./config/process-environment.js";

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

async function main(argv: string[], io: CliIo): Promise<number> {
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
  return command.run(rest, io);
}

const io: CliIo = {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  isTTY: Boolean(process.stdout.isTTY),
  env: processEnvironment(),
};

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // The one place unexpected errors meet: a clear line, the code if it has one, never a token.
    const coded = error as { code?: string; message?: string };
    io.stderr.write(`newsbrief: ${coded.code ? `${coded.code}: ` : ""}${coded.message ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
