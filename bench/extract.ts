/**
 * Extraction throughput on PolNeAR dev (read from ../shared, never copied), one process, beside
 * the throughput of the tokenizer and of tokenizer + sentence/quote segmentation it builds on.
 * Prints one JSON object. Run: npx tsx bench/extract.ts
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { analyzeText } from "../src/claims/analyze-text.js";
import { extractClaims } from "../src/claims/extract-claims.js";
import { loadGazetteer } from "../src/claims/load-gazetteer.js";
import { tokenize } from "../src/claims/tokenize.js";
import { packageRoot } from "../src/config/load-config.js";

const ROUNDS = 10;
const devPath = path.resolve(packageRoot, "../shared/eval/polnear/dev.jsonl");
if (!existsSync(devPath)) {
  process.stdout.write(`${JSON.stringify({ error: `missing ${devPath}` })}\n`);
  process.exit(1);
}
const texts = readFileSync(devPath, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => (JSON.parse(line) as { text: string }).text);
const words = texts.reduce((sum, text) => sum + text.split(/\s+/).filter(Boolean).length, 0);
const gazetteer = loadGazetteer();

interface Throughput {
  articlesPerSecond: number;
  wordsPerSecond: number;
  msPerArticle: number;
}

/**
 * Rounds interleave the three stages so a change in machine load hits all of them alike; the
 * first round only warms the JIT up.
 */
function measureAll(stages: Record<string, (text: string) => unknown>): Record<string, Throughput> {
  const elapsed: Record<string, number> = {};
  for (let round = 0; round <= ROUNDS; round++) {
    for (const [name, run] of Object.entries(stages)) {
      const started = performance.now();
      for (const text of texts) run(text);
      if (round > 0) elapsed[name] = (elapsed[name] ?? 0) + performance.now() - started;
    }
  }
  const articles = texts.length * ROUNDS;
  return Object.fromEntries(
    Object.entries(elapsed).map(([name, ms]) => [
      name,
      {
        articlesPerSecond: Math.round(articles / (ms / 1000)),
        wordsPerSecond: Math.round((words * ROUNDS) / (ms / 1000)),
        msPerArticle: Number((ms / articles).toFixed(3)),
      },
    ]),
  );
}

let claims = 0;
const results = measureAll({
  tokenizer: (text) => tokenize(text),
  tokenizerAndSegmentation: (text) => analyzeText(text),
  extraction: (text) => {
    claims += extractClaims(text, { gazetteer }).length;
  },
});
const tokenizer = results.tokenizer as Throughput;
const segmenter = results.tokenizerAndSegmentation as Throughput;
const extraction = results.extraction as Throughput;
process.stdout.write(
  `${JSON.stringify({
    corpus: "PolNeAR dev",
    articles: texts.length,
    meanWordsPerArticle: Math.round(words / texts.length),
    rounds: ROUNDS,
    tokenizer,
    tokenizerAndSegmentation: segmenter,
    extraction,
    claimsPerArticle: Number((claims / (texts.length * (ROUNDS + 1))).toFixed(1)),
    extractionShareOfTokenizerSpeed: Number(
      (extraction.articlesPerSecond / tokenizer.articlesPerSecond).toFixed(3),
    ),
    extractionShareOfSegmentationSpeed: Number(
      (extraction.articlesPerSecond / segmenter.articlesPerSecond).toFixed(3),
    ),
  })}\n`,
);
