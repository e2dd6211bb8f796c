import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { compileTopicQuery } from "../../../src/topics/compile-topic-query.js";
import { matchesTopic } from "../../../src/topics/matches-topic.js";
import { parseTopicQuery } from "../../../src/topics/parse-topic-query.js";
import { prepareDocument } from "../../../src/topics/prepare-document.js";

const makeArticle = (overrides: Partial<{ title: string; text: string }> = {}) => ({
  title: overrides.title ?? "Untitled",
  text: overrides.text ?? "",
});

const matches = (query: string, article: { title: string; text: string }) =>
  matchesTopic(parseTopicQuery(query), article);

describe("matchesTopic", () => {
  it("when a word appears only inside a longer word, then it does not match", () => {
    expect(matches("plan", makeArticle({ text: "A new planet was found." }))).toBe(false);
    expect(matches("plan", makeArticle({ text: "The plan, in short: cede land." }))).toBe(true);
  });

  it("when a word is in the title only, then it matches", () => {
    expect(matches("ceasefire", makeArticle({ title: "Ceasefire talks resume", text: "Envoys met." }))).toBe(
      true,
    );
  });

  it("when AND is used, then both terms must appear", () => {
    const article = makeArticle({ text: "Envoys discussed a ceasefire in Geneva." });
    expect(matches("ceasefire Geneva", article)).toBe(true);
    expect(matches("ceasefire AND Istanbul", article)).toBe(false);
  });

  it("when OR is used, then either term suffices", () => {
    expect(matches("Istanbul OR Geneva", makeArticle({ text: "Talks in Geneva." }))).toBe(true);
  });

  it("when NOT is used, then articles with the term are left out", () => {
    const sport = makeArticle({ text: "Ukraine beat Iceland in football." });
    const politics = makeArticle({ text: "Ukraine rejects the plan." });
    expect(matches("Ukraine -football", sport)).toBe(false);
    expect(matches("Ukraine NOT football", politics)).toBe(true);
  });

  it("when precedence decides, then NOT binds before AND before OR", () => {
    const article = makeArticle({ text: "alpha gamma" });
    expect(matches("alpha OR beta gamma", makeArticle({ text: "alpha" }))).toBe(true);
    expect(matches("(alpha OR beta) gamma", makeArticle({ text: "alpha" }))).toBe(false);
    expect(matches("NOT beta gamma", article)).toBe(true);
    expect(matches("NOT (alpha gamma) delta OR beta", article)).toBe(false);
  });

  it("when a spelling variant appears, then the term matches", () => {
    const query = "Zelensky|Zelenskyy|Zelenskiy";
    expect(matches(query, makeArticle({ text: "President Zelenskyy spoke." }))).toBe(true);
    expect(matches(query, makeArticle({ text: "President Zelenskiy spoke." }))).toBe(true);
    expect(matches("Zelensky", makeArticle({ text: "President Zelenskyy spoke." }))).toBe(false);
  });

  it("when the article has accents or capitals, then matching ignores them", () => {
    expect(matches("Kyiv", makeArticle({ text: "Strikes on KYÏV overnight." }))).toBe(true);
    expect(matches("Kyïv", makeArticle({ text: "Strikes on kyiv overnight." }))).toBe(true);
    expect(matches("Zelenskyy", makeArticle({ text: "Volodymyr Zelenskÿy" }))).toBe(true);
  });

  it("when a phrase is searched, then its words must be adjacent and in order", () => {
    expect(matches('"peace plan"', makeArticle({ text: "A peace plan emerged." }))).toBe(true);
    expect(matches('"peace plan"', makeArticle({ text: "A plan for peace emerged." }))).toBe(false);
    // Punctuation is a word boundary like any other, so a phrase may run across it.
    expect(matches('"peace plan"', makeArticle({ text: "Talk of peace. Plan B failed." }))).toBe(true);
  });

  it("when a phrase is hyphenated in the text, then it still matches", () => {
    expect(matches('"peace plan"', makeArticle({ text: "The peace-plan leaked." }))).toBe(true);
    expect(matches("28-point", makeArticle({ text: "The 28 point draft." }))).toBe(true);
    expect(matches('"28-point plan"', makeArticle({ text: "A 28-point plan." }))).toBe(true);
  });

  it("when a phrase would span title and text, then it does not match", () => {
    expect(matches('"talks resume"', makeArticle({ title: "Geneva talks", text: "Resume of the day" }))).toBe(
      false,
    );
  });

  it("when a word runs into a non-ASCII letter, then it is not that word; a dash or emoji between words is a boundary", () => {
    expect(matches("Kyiv", makeArticle({ text: "Київщина and Kyivщина region" }))).toBe(false);
    expect(matches('"peace plan"', makeArticle({ text: "The peace—plan debate" }))).toBe(true);
    expect(matches('"peace plan"', makeArticle({ text: "peace🕊plan" }))).toBe(true);
    expect(matches("plan", makeArticle({ text: "𝐀plan is not plan𝐀" }))).toBe(false);
  });

  it("when a prefix wildcard is used, then longer words match and shorter ones do not", () => {
    expect(matches("negotiat*", makeArticle({ text: "Negotiations stalled." }))).toBe(true);
    expect(matches("negotiat*", makeArticle({ text: "They will negotiate." }))).toBe(true);
    expect(matches("negotiat*", makeArticle({ text: "No negotia here." }))).toBe(false);
    expect(matches("28-poi*", makeArticle({ text: "The 28-point plan." }))).toBe(true);
  });

  it("when one prepared document is matched against many topics, then each answers independently", () => {
    const document = prepareDocument("Witkoff meets Dmitriev", "Talks on the peace plan in Miami.");
    const topics = ["Witkoff", "Geneva", '"peace plan" Miami', "-Miami Witkoff"].map((query) =>
      compileTopicQuery(parseTopicQuery(query)),
    );
    expect(topics.map((topic) => topic.matches(document))).toEqual([true, false, true, false]);
  });

  it("when the query is long and the text huge, then matching still answers", () => {
    const text = `${"word ".repeat(50_000)}target`;
    const query = Array.from({ length: 20 }, (_, index) => `"word word x${index}"`).join(" OR ");
    expect(matches(query, makeArticle({ text }))).toBe(false);
    expect(matches(`${query} OR target`, makeArticle({ text }))).toBe(true);
  });
});

describe("the default peace-plan topic", () => {
  const configFile = path.resolve(import.meta.dirname, "../../../config/default.yaml");
  const config = parseYaml(readFileSync(configFile, "utf8")) as { topics: { name: string; query: string }[] };
  const topic = config.topics.find((candidate) => candidate.name === "peace-plan");
  const matcher = compileTopicQuery(parseTopicQuery(topic?.query ?? ""));

  it("when an article reports on the peace plan, then it matches", () => {
    const article = makeArticle({
      title: "Kyiv weighs 28-point proposal drafted by Washington",
      text: "Officials in Kiev said the document, drawn up by envoy Steve Witkoff, asks for territorial concessions.",
    });
    expect(matchesTopic(matcher, article)).toBe(true);
  });

  it("when an article mentions Ukraine but not the plan, then it does not match", () => {
    const article = makeArticle({
      title: "Ukraine's grain harvest beats forecasts",
      text: "Farmers in central Ukraine reported a record wheat yield this autumn, planning more exports.",
    });
    expect(matchesTopic(matcher, article)).toBe(false);
  });

  it("when an article is about another peace deal, then it does not match", () => {
    const article = makeArticle({
      title: "Peace deal signed in the Caucasus",
      text: "Armenia and Azerbaijan signed a peace deal in Washington on Friday.",
    });
    expect(matchesTopic(matcher, article)).toBe(false);
  });
});
