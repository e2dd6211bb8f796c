import { existsSync } from "node:fs";
import { isUsableClaim } from "../briefing/claim-filter.js";
import { condenseContent } from "../briefing/condense-content.js";
import type { Claim } from "../claims/claim.js";
import { readPolnear } from "../claims/eval/read-polnear.js";
import {
  claimsToAttributions,
  emptyCounts,
  prf,
  roles,
  scoreArticle,
} from "../claims/eval/score-attributions.js";
import { emptyStanceTally, scoreStance } from "../claims/eval/score-stance.js";
import { stanceReport } from "../claims/eval/stance-report.js";
import { readStanceSet, type StanceItem } from "../claims/eval/stance-set.js";
import { wordIndex } from "../claims/eval/word-index.js";
import { extractClaims } from "../claims/extract-claims.js";
import { loadGazetteer } from "../claims/load-gazetteer.js";
import type { CliCommand } from "./cli-io.js";
import { parseCommandArgs, usageError } from "./parse-command-args.js";

const HELP = `Usage: newsbrief eval-attribution <file.jsonl> [--json] [--limit N] [--gazetteer FILE] [--stance FILE]

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
  --gazetteer F  gazetteer YAML (default config/entities.yaml)
  --stance F     also score stance and speaker resolution against a hand-labelled stance set
                 (test/fixtures/claims/stance-labels.jsonl: offsets into the articles of
                 <file.jsonl>; items of other articles are skipped). Per label (denies, confirms,
                 asserts, question): precision = items whose matched claim has the label and the
                 item too / items whose matched claim has the label; recall = the same hits / items
                 with the label. An item is matched by the claim sharing most words with it (cue
                 words double) that shares a cue word or half its content words. Speaker right: the
                 matched claim's resolved name holds the labelled speaker's surname (head noun for
                 unnamed sources). "shown in a briefing" counts only claims that clear the
                 confidence threshold and isUsableClaim, as a briefing would show them.`;

const spec = {
  name: "eval-attribution",
  help: HELP,
  options: {
    json: { type: "boolean" },
    limit: { type: "string" },
    gazetteer: { type: "string" },
    stance: { type: "string" },
  },
  positionals: true,
} as const;

/** `newsbrief eval-attribution <file.jsonl>`: precision/recall/F1 and throughput of extractClaims. */
export const evalAttributionCommand: CliCommand = async (argv, io) => {
  const parsed = parseCommandArgs(spec, argv, io);
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  if (positionals.length > 1) return usageError(spec, io, `unexpected argument ${positionals[1]}`);
  const [file] = positionals;
  const json = values.json === true;
  const gazetteerPath = values.gazetteer;
  const limit = values.limit === undefined ? Number.POSITIVE_INFINITY : Number(values.limit);
  if (!(limit === Number.POSITIVE_INFINITY || (Number.isInteger(limit) && limit >= 1)))
    return usageError(spec, io, `--limit must be a positive integer, got "${values.limit}"`);
  if (!file) return usageError(spec, io, "missing <file.jsonl>");
  if (!existsSync(file)) return usageError(spec, io, `${file}: file not found`);
  if (values.stance !== undefined && !existsSync(values.stance))
    return usageError(spec, io, `${values.stance}: file not found`);
  let articles: Awaited<ReturnType<typeof readPolnear>>;
  let stanceItems: Map<string, StanceItem[]> | null = null;
  try {
    articles = await readPolnear(file, limit);
    if (values.stance !== undefined) stanceItems = byArticle(readStanceSet(values.stance));
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
  const stanceAll = emptyStanceTally();
  const stanceShown = emptyStanceTally();
  if (articles[0]) extractClaims(articles[0].text, { gazetteer });
  for (const article of articles) {
    const started = performance.now();
    const claims = extractClaims(article.text, { gazetteer, date: article.date });
    elapsed += performance.now() - started;
    const items = stanceItems?.get(article.id);
    if (items) {
      const words = wordIndex(article.text);
      scoreStance(article.text, words, claims, items, stanceAll);
      scoreStance(article.text, words, claims.filter(shownInBriefing), items, stanceShown);
    }
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
  if (stanceItems)
    io.stdout.write(
      `${stanceReport(`stance set ${values.stance}: items of these articles`, stanceAll, stanceShown).join("\n")}\n`,
    );
  const stance = stanceItems ? { stance: { all: stanceAll, shown: stanceShown } } : {};
  if (json)
    io.stdout.write(
      `${JSON.stringify({ file, articles: articles.length, gold: goldTotal, predicted: predictedTotal, scores, throughput, ...stance })}\n`,
    );
  return 0;
};

/** As a briefing would show it: condensed, above the confidence threshold, not extractor noise. */
function shownInBriefing(claim: Claim): boolean {
  return isUsableClaim(claim, condenseContent(claim.content.text, claim.direct));
}

function byArticle(items: StanceItem[]): Map<string, StanceItem[]> {
  const map = new Map<string, StanceItem[]>();
  for (const item of items) {
    const list = map.get(item.id);
    if (list) list.push(item);
    else map.set(item.id, [item]);
  }
  return map;
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
