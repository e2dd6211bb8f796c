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

const ROUNDS = 5;
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

function measure(run: (text: string) => unknown): { articlesPerSecond: number; wordsPerSecond: number; msPerArticle: number } {
  for (const text of texts) run(text);
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round++) for (const text of texts) run(text);
  const seconds = (performance.now() - started) / 1000;
  const articles = texts.length * ROUNDS;
  return {
    articlesPerSecond: Math.round(articles / seconds),
    wordsPerSecond: Math.round((words * ROUNDS) / seconds),
    msPerArticle: Number(((seconds * 1000) / articles).toFixed(3)),
  };
}

const tokenizer = measure((text) => tokenize(text));
const segmenter = measure((text) => analyzeText(text));
let claims = 0;
const extraction = measure((text) => {
  claims += extractClaims(text, { gazetteer }).length;
});
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
    extractionShareOfTokenizerSpeed: Number((extraction.articlesPerSecond / tokenizer.articlesPerSecond).toFixed(3)),
    extractionShareOfSegmentationSpeed: Number((extraction.articlesPerSecond / segmenter.articlesPerSecond).toFixed(3)),
  })}\n`,
);
