import { describe, expect, it } from "vitest";
import { compileTopicQuery } from "../../../src/topics/compile-topic-query.js";
import { parseTopicQuery } from "../../../src/topics/parse-topic-query.js";
import { selectTopicArticles } from "../../../src/topics/select/select-topic-articles.js";
import type { TopicArticle } from "../../../src/topics/select/topic-selection.js";

let sequence = 0;
function makeArticle(overrides: Partial<TopicArticle> = {}): TopicArticle {
  sequence += 1;
  return { id: overrides.id ?? `article-${sequence}`, title: "Untitled", text: "", ...overrides };
}
const select = (query: string, articles: TopicArticle[]) =>
  selectTopicArticles(articles, compileTopicQuery(parseTopicQuery(query)));

// A wire story long enough for a body fingerprint, and a second one about something else.
const wireBody = [
  "Fisheries ministers from Norway and Iceland met in Tromsø on Tuesday to settle how much capelin each fleet may land next winter.",
  "After two days of talks the delegations agreed to split the catch evenly and to share survey data from their research vessels.",
  "Skippers in both countries had warned that a late deal would leave boats idle during the short spawning season in February.",
].join("\n");
const otherBody = [
  "A regional court in Bergen ruled on Wednesday that the city may close its old harbour baths to swimmers for safety reasons.",
  "Residents had collected several thousand signatures to keep the wooden piers open through the summer season next year.",
  "The council said repairs would cost more than a new public pool on the other side of the fjord and could take years.",
].join("\n");

describe("selectTopicArticles", () => {
  it("when the query matches, then the article is selected via the query with the spellings it was found by", () => {
    const [selected] = select("capelin|herring", [
      makeArticle({ title: "Capelin quota agreed", text: wireBody }),
    ]);
    expect(selected).toMatchObject({ via: "query", why: { terms: ["capelin"] } });
  });

  it("when a wire copy runs under another headline, then it joins via story as a duplicate of the match", () => {
    const original = makeArticle({
      id: "original",
      title: "Norway and Iceland agree capelin quota",
      text: wireBody,
    });
    const copy = makeArticle({ id: "copy", title: "Arctic neighbours settle winter catch", text: wireBody });
    const selected = select('"capelin quota"', [original, copy]);
    expect(selected.map((item) => [item.article.id, item.via])).toEqual([
      ["original", "query"],
      ["copy", "story"],
    ]);
    expect(selected[1]?.why).toMatchObject({
      basis: "duplicate",
      article: { id: "original", title: "Norway and Iceland agree capelin quota" },
    });
  });

  it("when stored articles share an ingest story, then they join without comparing texts", () => {
    const original = makeArticle({ title: "Capelin quota agreed", text: "Short.", storyId: "story-1" });
    const copy = makeArticle({
      id: "same-story",
      title: "Winter catch settled",
      text: "Other.",
      storyId: "story-1",
    });
    const [, joined] = select("capelin", [original, copy]);
    expect(joined).toMatchObject({
      article: { id: "same-story" },
      via: "story",
      why: { basis: "duplicate", similarity: 1 },
    });
  });

  it("when another write-up tells the same event in the same names, then it joins via story as the same event", () => {
    const report = makeArticle({
      title: "Skjæran and Svavarsdóttir sign capelin deal in Tromsø",
      text: "Bjørnar Skjæran and Svandís Svavarsdóttir signed the capelin deal in Tromsø on Tuesday.",
    });
    const writeUp = makeArticle({
      id: "write-up",
      title: "Tromsø deal: Skjæran and Svavarsdóttir split the winter catch",
      text: "Bjørnar Skjæran and Svandís Svavarsdóttir sealed the agreement in Tromsø on Tuesday after two days of talks.",
    });
    const unrelated = makeArticle({ title: "Bergen harbour baths to close", text: otherBody });
    const selected = select("capelin", [report, writeUp, unrelated]);
    expect(selected.map((item) => item.article.id)).toEqual([report.id, "write-up"]);
    expect(selected[1]?.why).toMatchObject({ basis: "event", article: { id: report.id } });
  });

  it("when an article is a copy of a joined article but not of a query match, then it stays out: one hop only", () => {
    const seed = makeArticle({ id: "seed", title: "Capelin quota agreed", text: wireBody });
    // The roundup carries both stories, so it is a near-duplicate of the seed (and joins) and of the
    // harbour story; the harbour story is like the roundup only, and must not follow it in.
    const roundup = makeArticle({
      id: "roundup",
      title: "Nordic news in brief",
      text: `${wireBody}\n${otherBody}`,
    });
    const harbour = makeArticle({ id: "harbour", title: "Bergen harbour baths to close", text: otherBody });
    const selected = select("capelin NEAR/1 quota", [seed, roundup, harbour]);
    expect(selected.map((item) => [item.article.id, item.via])).toEqual([
      ["seed", "query"],
      ["roundup", "story"],
    ]);
  });

  it("when the query matches nothing, then nothing joins", () => {
    const copy = makeArticle({ title: "Arctic neighbours settle winter catch", text: wireBody });
    expect(select("herring", [copy, makeArticle({ text: wireBody })])).toEqual([]);
  });
});
