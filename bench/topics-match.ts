import { readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { compileTopicQuery } from "../src/topics/compile-topic-query.js";
import { parseTopicQuery } from "../src/topics/parse-topic-query.js";
import { prepareDocument } from "../src/topics/prepare-document.js";

// Matches synthetic articles (about 400 words each) against the default topic plus 19 more.
const articleCount = 10_000;
const vocabulary = (
  "ukraine kyiv kiev russia moscow kremlin washington peace plan deal talks ceasefire witkoff dmitriev " +
  "zelensky zelenskyy rubio peskov zakharova concessions territory army strike drone missile energy " +
  "officials said reported according minister president envoy geneva miami draft points security " +
  "europe nato sanctions grain harvest football weather market economy election parliament court"
).split(" ");

let seed = 42;
function random(): number {
  seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
  return seed / 2 ** 32;
}
const word = () => vocabulary[Math.floor(random() * vocabulary.length)] ?? "the";
const sentence = (length: number) => Array.from({ length }, word).join(" ");

const repoRoot = path.resolve(import.meta.dirname, "..");
const config = parseYaml(readFileSync(path.join(repoRoot, "config/default.yaml"), "utf8")) as {
  topics: { query: string }[];
};
const queries = [
  ...config.topics.map((topic) => topic.query),
  ...Array.from(
    { length: 19 },
    () =>
      `(${word()} OR ${word()}|${word()}) AND ("${word()} ${word()}" OR ${word().slice(0, 4)}*) -${word()}`,
  ),
];

const articles = Array.from({ length: articleCount }, () => ({ title: sentence(10), text: sentence(400) }));

const parseStart = performance.now();
const matchers = queries.map((query) => compileTopicQuery(parseTopicQuery(query)));
const parseMs = performance.now() - parseStart;

const prepareStart = performance.now();
const documents = articles.map((article) => prepareDocument(article.title, article.text));
const prepareMs = performance.now() - prepareStart;

const matchStart = performance.now();
let matches = 0;
for (const document of documents) for (const matcher of matchers) if (matcher.matches(document)) matches += 1;
const matchMs = performance.now() - matchStart;

const round = (value: number) => Math.round(value * 1000) / 1000;
console.log(
  JSON.stringify({
    benchmark: "topics-match",
    articles: articleCount,
    wordsPerArticle: 410,
    topics: matchers.length,
    matches,
    parseAllTopicsMs: round(parseMs),
    prepareMsPerArticle: round(prepareMs / articleCount),
    matchMsPerArticleAllTopics: round(matchMs / articleCount),
    totalMs: round(parseMs + prepareMs + matchMs),
  }),
);
