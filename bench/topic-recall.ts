import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { loadConfig, packageRoot } from "../src/config/load-config.js";
import { compileTopicQuery } from "../src/topics/compile-topic-query.js";
import { parseTopicQuery } from "../src/topics/parse-topic-query.js";
import { prepareDocument } from "../src/topics/prepare-document.js";
import { selectTopicArticles } from "../src/topics/select/select-topic-articles.js";
import { readStoryRecords, storyRecordsFile } from "./support/story-records.js";

/*
 * How well the default topic (config/default.yaml, "peace-plan") finds the story: recall on the 80
 * real coverage records of ../shared/story/records.json (headline or URL slug + summary, read at
 * run time), English and the other languages apart; recall on our own on-topic items and the share
 * of our off-topic items it lets in (test/fixtures/topics/). Each is counted for the query alone
 * and for the whole selection (query plus story expansion over the batch, as `newsbrief match`
 * does). Prints one JSON object; `--misses` adds the ids that were not found or wrongly found.
 * Run: npx tsx bench/topic-recall.ts [--misses]
 */
const showMisses = process.argv.includes("--misses");
const { config } = loadConfig({ env: {} });
const topic = config.topics.find((each) => each.name === "peace-plan");
if (topic === undefined) throw new Error("config/default.yaml has no peace-plan topic");
const matcher = compileTopicQuery(parseTopicQuery(topic.query));

interface Item {
  id: string;
  lang: string;
  title: string;
  text: string;
}

const fixtureSchema = z.object({ id: z.string(), lang: z.string(), title: z.string(), text: z.string() });
const fixture = (name: string): Item[] =>
  readFileSync(path.join(packageRoot, "test/fixtures/topics", `${name}.jsonl`), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => fixtureSchema.parse(JSON.parse(line)));

/** Which items the query matches, and which the whole selection takes, over the batch. */
function found(items: Item[]): { query: Set<Item>; selection: Set<Item> } {
  const query = new Set(items.filter((item) => matcher.matches(prepareDocument(item.title, item.text))));
  const selection = new Set(selectTopicArticles(items, matcher).map((selected) => selected.article));
  return { query, selection };
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

/** Share of `items` in `set`, per group of `groupOf`, and over all. */
function shares(items: Item[], set: Set<Item>, groupOf: (item: Item) => string) {
  const groups = new Map<string, Item[]>();
  for (const item of items) groups.set(groupOf(item), [...(groups.get(groupOf(item)) ?? []), item]);
  const share = (list: Item[]) => {
    const hits = list.filter((item) => set.has(item)).length;
    return { items: list.length, found: hits, share: list.length === 0 ? 0 : round(hits / list.length) };
  };
  return {
    ...Object.fromEntries([...groups].map(([group, list]) => [group, share(list)])),
    all: share(items),
  };
}

const records: Item[] = readStoryRecords();
const onTopic = fixture("on-topic");
const offTopic = fixture("off-topic");
const englishOrNot = (item: Item) => (item.lang === "en" ? "en" : "nonEnglish");
const byLanguage = (item: Item) => item.lang;

const recordsFound = found(records);
const onFound = found(onTopic);
const offFound = found(offTopic);
// Off-topic items may also be let in by story expansion from real matches: batch them all together.
const mixed = found([...records, ...onTopic, ...offTopic]);
const offShares = (set: Set<Item>) => {
  const let_in = shares(offTopic, set, byLanguage);
  return { ...let_in, precision: round(1 - let_in.all.share) };
};
const missed = (items: Item[], set: Set<Item>, wanted: boolean) =>
  items.filter((item) => set.has(item) !== wanted).map((item) => item.id);

console.log(
  JSON.stringify({
    benchmark: "topic-recall",
    topic: topic.name,
    records:
      records.length === 0
        ? { skipped: `${storyRecordsFile} not found` }
        : {
            query: shares(records, recordsFound.query, englishOrNot),
            selection: shares(records, recordsFound.selection, englishOrNot),
            ...(showMisses ? { missed: missed(records, recordsFound.selection, true) } : {}),
          },
    ownOnTopic: {
      query: shares(onTopic, onFound.query, byLanguage),
      selection: shares(onTopic, onFound.selection, byLanguage),
      ...(showMisses ? { missed: missed(onTopic, onFound.selection, true) } : {}),
    },
    ownOffTopicLetIn: {
      query: offShares(offFound.query),
      selectionAlone: offShares(offFound.selection),
      selectionMixedWithOnTopicAndRecords: offShares(
        new Set(offTopic.filter((item) => mixed.selection.has(item))),
      ),
      ...(showMisses ? { wronglyFound: missed(offTopic, mixed.selection, false) } : {}),
    },
  }),
);
