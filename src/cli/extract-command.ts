import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import type { ExtractResult } from "../claims/claim.js";
import { shownConfidence } from "../claims/confidence-threshold.js";
import { extractClaims } from "../claims/extract-claims.js";
import { type Gazetteer, loadGazetteer } from "../claims/load-gazetteer.js";
import { loadConfig } from "../config/load-config.js";
import type { CliCommand, CliIo } from "./cli-io.js";

const HELP = `Usage: newsbrief extract [--config FILE] [--gazetteer FILE]

Reads JSON Lines on stdin, one {"id": string, "text": string, "date"?: string} per line, and writes
one line per input, in order: {"id": string, "claims": Claim[]} (see ARCHITECTURE.md, "Claim
contract"). "date" (ISO 8601, the article's publication date; today when absent) picks the
gazetteer roles held then. Every claim carries "confidence" (0–1) and "question" (true when it asks
rather than claims); briefings show only claims with confidence >= ${shownConfidence}.
A line that is not such an object is reported on stderr with its line number and skipped; the
exit code is then 1. Blank lines are ignored.

Options:
  --config FILE     configuration file (its gazetteer setting, if any, is used)
  --gazetteer FILE  gazetteer YAML (default config/entities.yaml)`;

const inputSchema = z.object({ id: z.string(), text: z.string(), date: z.string().optional() });

/** `newsbrief extract`: streams JSON Lines articles in, claims out, line by line. */
export const extractCommand: CliCommand = async (argv, io) => {
  let values: { help?: boolean; config?: string; gazetteer?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        help: { type: "boolean", short: "h" },
        config: { type: "string" },
        gazetteer: { type: "string" },
      },
      strict: true,
    }));
  } catch (error) {
    return usage(io, (error as Error).message);
  }
  if (values.help) {
    io.stdout.write(`${HELP}\n`);
    return 0;
  }
  const { config: configPath, gazetteer: gazetteerPath } = values;
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
    const result: ExtractResult = {
      id: input.id,
      claims: extractClaims(input.text, { gazetteer, date: input.date }),
    };
    // Why: honour back-pressure so a slow reader never makes us buffer the whole output.
    if (!io.stdout.write(`${JSON.stringify(result)}\n`))
      await new Promise((resolve) => io.stdout.once("drain", resolve));
  }
  return bad > 0 ? 1 : 0;
};

function parseLine(line: string): { id: string; text: string; date?: string | undefined } | string {
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
