import { createInterface } from "node:readline";
import { z } from "zod";
import type { ExtractResult } from "../claims/claim.js";
import { extractClaims } from "../claims/extract-claims.js";
import { type Gazetteer, loadGazetteer } from "../claims/load-gazetteer.js";
import { loadConfig } from "../config/load-config.js";
import type { CliCommand, CliIo } from "./cli-io.js";

const HELP = `Usage: newsbrief extract [--config FILE] [--gazetteer FILE]

Reads JSON Lines on stdin, one {"id": string, "text": string} per line, and writes one line per
input, in order: {"id": string, "claims": Claim[]} (see ARCHITECTURE.md, "Claim contract").
A line that is not such an object is reported on stderr with its line number and skipped; the
exit code is then 1. Blank lines are ignored.

Options:
  --config FILE     configuration file (its gazetteer setting, if any, is used)
  --gazetteer FILE  gazetteer YAML (default config/entities.yaml)`;

const inputSchema = z.object({ id: z.string(), text: z.string() });

/** `newsbrief extract`: streams JSON Lines articles in, claims out, line by line. */
export const extractCommand: CliCommand = async (argv, io) => {
  let configPath: string | undefined;
  let gazetteerPath: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    if (arg === "--config" || arg === "--gazetteer") {
      const value = argv[++i];
      if (value === undefined) return usage(io, `${arg} needs a value`);
      if (arg === "--config") configPath = value;
      else gazetteerPath = value;
    } else return usage(io, `unexpected argument ${arg}`);
  }
  let gazetteer: Gazetteer;
  try {
    if (configPath !== undefined) loadConfig({ configPath, env: io.env });
    gazetteer = loadGazetteer(gazetteerPath);
  } catch (error) {
    io.stderr.write(`extract: ${(error as Error).message}\n`);
    return 2;
  }
  let bad = 0;
  let lineNumber = 0;
  const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === "") continue;
    const input = parseLine(line);
    if (typeof input === "string") {
      bad++;
      io.stderr.write(`extract: line ${lineNumber}: ${input}\n`);
      continue;
    }
    const result: ExtractResult = { id: input.id, claims: extractClaims(input.text, { gazetteer }) };
    // Why: honour back-pressure so a slow reader never makes us buffer the whole output.
    if (!io.stdout.write(`${JSON.stringify(result)}\n`))
      await new Promise((resolve) => io.stdout.once("drain", resolve));
  }
  return bad > 0 ? 1 : 0;
};

function parseLine(line: string): { id: string; text: string } | string {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    return `not valid JSON (${(error as Error).message})`;
  }
  const parsed = inputSchema.safeParse(raw);
  if (!parsed.success)
    return `expected {"id": string, "text": string}: ${z.prettifyError(parsed.error).replace(/\n/g, " ")}`;
  return parsed.data;
}

function usage(io: CliIo, message: string): number {
  io.stderr.write(`extract: ${message}\n${HELP}\n`);
  return 2;
}
