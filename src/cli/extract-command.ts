import { z } from "zod";
import type { ExtractResult } from "../claims/claim.js";
import { shownConfidence } from "../claims/confidence-threshold.js";
import { extractClaims } from "../claims/extract-claims.js";
import { type Gazetteer, loadGazetteer } from "../claims/load-gazetteer.js";
import { loadConfig } from "../config/load-config.js";
import type { CliCommand } from "./cli-io.js";
import { parseCommandArgs } from "./parse-command-args.js";
import { readJsonLines } from "./read-json-lines.js";
import { writeJsonLine } from "./write-json-line.js";

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
  const parsed = parseCommandArgs(
    { name: "extract", help: HELP, options: { config: { type: "string" }, gazetteer: { type: "string" } } },
    argv,
    io,
  );
  if (typeof parsed === "number") return parsed;
  const { values } = parsed;
  const { config: configPath, gazetteer: gazetteerPath } = values;
  // A broken --config file is thrown, for the CLI's one error handler to report.
  if (configPath !== undefined) loadConfig({ configPath, env: io.env });
  let gazetteer: Gazetteer;
  try {
    gazetteer = loadGazetteer(gazetteerPath);
  } catch (error) {
    io.stderr.write(`extract: ${(error as Error).message}\n`);
    return 2;
  }
  let bad = 0;
  for await (const line of readJsonLines(io.stdin, inputSchema, '{"id": string, "text": string}')) {
    if ("error" in line) {
      bad++;
      io.stderr.write(`extract: line ${line.lineNumber}: ${line.error}\n`);
      continue;
    }
    const result: ExtractResult = {
      id: line.value.id,
      claims: extractClaims(line.value.text, { gazetteer, date: line.value.date }),
    };
    await writeJsonLine(io.stdout, result);
  }
  return bad > 0 ? 1 : 0;
};
