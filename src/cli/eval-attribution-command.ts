import { existsSync } from "node:fs";
import { extractClaims } from "../claims/extract-claims.js";
import { loadGazetteer } from "../claims/load-gazetteer.js";
import { readPolnear } from "../claims/read-polnear.js";
import { claimsToAttributions, emptyCounts, prf, roles, scoreArticle } from "../claims/score-attributions.js";
import type { CliCommand } from "./cli-io.js";

const HELP = `Usage: newsbrief eval-attribution <file.jsonl> [--json] [--limit N] [--gazetteer FILE]

Scores the claim extractor against a PolNeAR-format file (one article per line:
{id, text, attributions:[{cue:[span], sources:[span], contents:[span]}]}).

Matching:
  - A role (source, cue, content) of an attribution is the set of word tokens (letters and digits)
    its spans cover; its spans may be discontinuous. Punctuation and quote marks are ignored.
  - Predicted claims that share one cue span form one predicted attribution (a quote split by
    "he said" is one attribution with two content spans).
  - Predicted and gold attributions are paired one-to-one, greedily by the number of shared tokens
    (cue tokens count double); a pair must share at least one token.
  - Per role, a paired prediction is an exact match when both token sets are equal, and an overlap
    match when their Dice overlap 2|P∩G|/(|P|+|G|) is at least 0.5.
  - Precision = matches / predicted attributions having the role; recall = matches / gold
    attributions having the role (gold attributions without a source do not count for source).
  - Throughput times extraction only (parsing and scoring excluded), one process, one core.

Options:
  --json         also print the scores as one JSON object
  --limit N      score only the first N articles
  --gazetteer F  gazetteer YAML (default config/entities.yaml)`;

/** `newsbrief eval-attribution <file.jsonl>`: precision/recall/F1 and throughput of extractClaims. */
export const evalAttributionCommand: CliCommand = async (argv, io) => {
  let file: string | undefined;
  let json = false;
  let limit = Number.POSITIVE_INFINITY;
  let gazetteerPath: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") {
      io.stdout.write(`${HELP}\n`);
      return 0;
    }
    if (arg === "--json") json = true;
    else if (arg === "--limit" || arg === "--gazetteer") {
      const value = argv[++i];
      if (value === undefined) return usage(io, `${arg} needs a value`);
      if (arg === "--gazetteer") gazetteerPath = value;
      else {
        limit = Number(value);
        if (!Number.isInteger(limit) || limit < 1)
          return usage(io, `--limit must be a positive integer, got "${value}"`);
      }
    } else if (arg?.startsWith("-")) return usage(io, `unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else return usage(io, `unexpected argument ${arg}`);
  }
  if (!file) return usage(io, "missing <file.jsonl>");
  if (!existsSync(file)) return usage(io, `${file}: file not found`);
  let articles: Awaited<ReturnType<typeof readPolnear>>;
  try {
    articles = await readPolnear(file, limit);
  } catch (error) {
    io.stderr.write(`eval-attribution: ${(error as Error).message}\n`);
    return 1;
  }
  const gazetteer = loadGazetteer(gazetteerPath);
  const counts = emptyCounts();
  let words = 0;
  let predictedTotal = 0;
  let goldTotal = 0;
  let elapsed = 0;
  if (articles[0]) extractClaims(articles[0].text, { gazetteer });
  for (const article of articles) {
    const started = performance.now();
    const claims = extractClaims(article.text, { gazetteer });
    elapsed += performance.now() - started;
    words += article.text.split(/\s+/).filter(Boolean).length;
    const predicted = claimsToAttributions(claims);
    predictedTotal += predicted.length;
    goldTotal += article.attributions.length;
    scoreArticle(article.text, predicted, article.attributions, counts);
  }
  const seconds = elapsed / 1000;
  const scores = Object.fromEntries(
    roles.map((role) => {
      const c = counts[role];
      return [
        role,
        {
          exact: prf(c.exact, c.predicted, c.gold),
          overlap: prf(c.overlap, c.predicted, c.gold),
          predicted: c.predicted,
          gold: c.gold,
        },
      ];
    }),
  ) as Record<
    (typeof roles)[number],
    { exact: ReturnType<typeof prf>; overlap: ReturnType<typeof prf>; predicted: number; gold: number }
  >;
  const throughput = {
    articlesPerSecond: round(articles.length / seconds),
    wordsPerSecond: Math.round(words / seconds),
  };
  const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
  const lines = [
    "role     | exact P   R     F1    | overlap P R     F1    | predicted gold",
    ...roles.map((role) => {
      const s = scores[role];
      return `${role.padEnd(8)} | ${pct(s.exact.p)} ${pct(s.exact.r)} ${pct(s.exact.f1)} | ${pct(s.overlap.p)} ${pct(s.overlap.r)} ${pct(s.overlap.f1)} | ${String(s.predicted).padStart(9)} ${s.gold}`;
    }),
  ];
  io.stdout.write(`${lines.join("\n")}\n`);
  io.stdout.write(
    `${file}: ${articles.length} articles, ${goldTotal} gold / ${predictedTotal} predicted attributions; ` +
      `F1 exact source ${pct(scores.source.exact.f1).trim()} cue ${pct(scores.cue.exact.f1).trim()} content ${pct(scores.content.exact.f1).trim()}; ` +
      `overlap source ${pct(scores.source.overlap.f1).trim()} cue ${pct(scores.cue.overlap.f1).trim()} content ${pct(scores.content.overlap.f1).trim()}; ` +
      `${throughput.articlesPerSecond} articles/s, ${throughput.wordsPerSecond} words/s\n`,
  );
  if (json)
    io.stdout.write(
      `${JSON.stringify({ file, articles: articles.length, gold: goldTotal, predicted: predictedTotal, scores, throughput })}\n`,
    );
  return 0;
};

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

function usage(io: Parameters<CliCommand>[1], message: string): number {
  io.stderr.write(`eval-attribution: ${message}\n${HELP}\n`);
  return 2;
}
