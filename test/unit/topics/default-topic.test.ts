import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readStoryRecords, storyRecordsFile } from "../../../bench/support/story-records.js";
import { loadConfig, packageRoot } from "../../../src/config/load-config.js";
import { compileTopicQuery } from "../../../src/topics/compile-topic-query.js";
import { parseTopicQuery } from "../../../src/topics/parse-topic-query.js";
import { selectTopicArticles } from "../../../src/topics/select/select-topic-articles.js";

interface Item {
  id: string;
  lang: string;
  title: string;
  text: string;
}

const topic = loadConfig({ env: {} }).config.topics.find((each) => each.name === "peace-plan");
const matcher = compileTopicQuery(parseTopicQuery(topic?.query ?? ""));
const fixture = (name: string): Item[] =>
  readFileSync(path.join(packageRoot, "test/fixtures/topics", `${name}.jsonl`), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Item);

/** Share of `items` the topic selects when they arrive as one batch (query and story expansion). */
function selectedShare(items: Item[], batch: Item[] = items): number {
  const selected = new Set(selectTopicArticles(batch, matcher).map((each) => each.article));
  return items.filter((item) => selected.has(item)).length / items.length;
}

describe.runIf(existsSync(storyRecordsFile))(
  "the default topic on the real coverage records (../shared/story)",
  () => {
    const records = readStoryRecords();
    const english = records.filter((record) => record.lang === "en");
    const others = records.filter((record) => record.lang !== "en");

    it("when all 80 records arrive, then at least 95% of them are selected, and of the English ones too", () => {
      expect(records).toHaveLength(80);
      expect(selectedShare(records)).toBeGreaterThanOrEqual(0.95);
      expect(selectedShare(english, records)).toBeGreaterThanOrEqual(0.95);
    });

    it("when the non-English records arrive, then at least the six with content of their own are selected", () => {
      // Two of the eight ("Italian version of 73", "French version of 73") carry no words to match.
      expect(selectedShare(others, records)).toBeGreaterThanOrEqual(6 / 8);
    });
  },
);

describe("the default topic on our own items (test/fixtures/topics)", () => {
  const onTopic = fixture("on-topic");
  const offTopic = fixture("off-topic");

  it("when our off-topic items arrive, in each language, then at most 5% of them are selected", () => {
    for (const lang of ["en", "ru", "uk"]) {
      const items = offTopic.filter((item) => item.lang === lang);
      expect(items.length).toBeGreaterThanOrEqual(30);
      expect(selectedShare(items, [...onTopic, ...offTopic])).toBeLessThanOrEqual(0.05);
    }
    expect(offTopic.length).toBeGreaterThanOrEqual(150);
  });

  it("when our on-topic items arrive, in each language, then at least 90% of them are selected", () => {
    for (const lang of ["en", "ru", "uk"]) {
      expect(
        selectedShare(
          onTopic.filter((item) => item.lang === lang),
          onTopic,
        ),
      ).toBeGreaterThanOrEqual(0.9);
    }
  });
});
