import { describe, expect, it } from "vitest";
import { compileTopicQuery } from "../../../src/topics/compile-topic-query.js";
import { describeTopicQuery } from "../../../src/topics/describe-topic-query.js";
import { parseTopicQuery } from "../../../src/topics/parse-topic-query.js";
import { prepareDocument } from "../../../src/topics/prepare-document.js";
import { TopicQueryError } from "../../../src/topics/topic-query-error.js";

const makeArticle = (overrides: Partial<{ title: string; text: string }> = {}) => ({
  title: overrides.title ?? "Untitled",
  text: overrides.text ?? "",
});
const matcher = (query: string) => compileTopicQuery(parseTopicQuery(query));
const matches = (query: string, article: { title: string; text: string }) =>
  matcher(query).matches(prepareDocument(article.title, article.text));
const canonical = (query: string) => describeTopicQuery(parseTopicQuery(query));

function parseError(query: string): TopicQueryError {
  try {
    parseTopicQuery(query);
  } catch (error) {
    if (error instanceof TopicQueryError) return error;
    throw error;
  }
  throw new Error(`expected "${query}" to be rejected`);
}

describe("NEAR", () => {
  it("when two terms are within the distance, in either order, then they match", () => {
    const article = makeArticle({ text: "Washington sent a revised plan for a ceasefire to Moscow." });
    expect(matches("plan NEAR/3 ceasefire", article)).toBe(true);
    expect(matches("ceasefire NEAR/3 plan", article)).toBe(true);
    expect(matches("plan NEAR/1 revised", article)).toBe(true);
  });

  it("when the terms are further apart than the distance, then they do not match", () => {
    const article = makeArticle({ text: "Washington sent a revised plan for a ceasefire to Moscow." });
    expect(matches("plan NEAR/2 ceasefire", article)).toBe(false);
    expect(matches("Washington NEAR/3 Moscow", article)).toBe(false);
  });

  it("when one term is in the title and the other in the text, then they are not near", () => {
    expect(matches("plan NEAR/5 envoy", makeArticle({ title: "A new plan", text: "The envoy left." }))).toBe(
      false,
    );
  });

  it("when a side has spelling variants or a phrase, then any of them counts", () => {
    const article = makeArticle({ text: "The proposal drafted by the White House reached Kyiv." });
    expect(matches('plan|proposal NEAR/4 "white house"|Washington', article)).toBe(true);
    expect(matches('plan|draft NEAR/4 "white house"', article)).toBe(false);
  });

  it("when NEAR has no distance, then it means five words", () => {
    const five = makeArticle({ text: "plan one two three four peace" });
    const six = makeArticle({ text: "plan one two three four five peace" });
    expect(matches("plan NEAR peace", five)).toBe(true);
    expect(matches("plan NEAR peace", six)).toBe(false);
    expect(canonical("plan NEAR peace")).toBe("plan NEAR/5 peace");
  });

  it("when near is written in lower case without a distance, then it is the word", () => {
    expect(canonical("fighting near Kupiansk")).toBe("fighting AND near AND kupiansk");
    expect(canonical("plan near/2 peace")).toBe("plan NEAR/2 peace");
  });

  it("when NEAR sits among other operators, then it binds tighter than NOT, AND and OR", () => {
    expect(canonical("NOT a NEAR/2 b c OR d")).toBe("NOT a NEAR/2 b AND c OR d");
    const tree = parseTopicQuery("x a NEAR/2 b");
    expect(tree).toMatchObject({ kind: "and", operands: [{ kind: "term" }, { kind: "and", within: 2 }] });
    expect(matches("x a NEAR/2 b", makeArticle({ text: "x then a b" }))).toBe(true);
    expect(matches("x a NEAR/2 b", makeArticle({ text: "a then x then b" }))).toBe(false);
  });

  it("when a described NEAR query is parsed again, then the tree is the same", () => {
    const tree = parseTopicQuery('(plan|"peace deal" NEAR/3 Trump*) -Gaza OR Witkoff NEAR Dmitriev');
    expect(parseTopicQuery(describeTopicQuery(tree))).toEqual(tree);
  });

  const errors: [string, string][] = [
    ["plan NEAR/0 peace", "NEAR/n needs a distance from 1 to 20 at character 6"],
    ["plan NEAR/21 peace", "NEAR/n needs a distance from 1 to 20 at character 6"],
    ["plan NEAR/x peace", "NEAR/n needs a distance from 1 to 20 at character 6"],
    ["(plan OR deal) NEAR/2 peace", "NEAR needs a word or phrase on both sides at character 16"],
    ["plan NEAR/2 (peace)", "NEAR needs a word or phrase on both sides at character 6"],
    ["plan NEAR/2", "NEAR needs a word or phrase on both sides at character 6"],
    ["NEAR/2 plan", "NEAR needs a word or phrase on both sides at character 1"],
    ["a NEAR/2 b NEAR/2 c", "NEAR joins two terms; put AND between two NEARs at character 12"],
    ["plan AND NEAR/2 peace", "AND needs something on both sides at character 6"],
  ];
  for (const [query, message] of errors) {
    it(`when the query is ${JSON.stringify(query)}, then the error says "${message}"`, () => {
      expect(parseError(query).message).toBe(message);
    });
  }
});

describe("Cyrillic inflections", () => {
  it("when a bare Cyrillic phrase is searched, then its inflected forms match in Russian and Ukrainian", () => {
    const query = "мирный-план";
    expect(matches(query, makeArticle({ text: "Обсуждение мирного плана продолжится." }))).toBe(true);
    expect(matches(query, makeArticle({ text: "Сторони працюють над мирним планом." }))).toBe(true);
    expect(matches(query, makeArticle({ text: "Мирний план скоротили." }))).toBe(true);
  });

  it("when a bare Cyrillic name is searched, then its case forms match but longer words do not", () => {
    expect(matches("Путин", makeArticle({ text: "Встреча с Путиным прошла в Кремле." }))).toBe(true);
    expect(matches("Зеленский", makeArticle({ text: "Офис Зеленского сообщил о встрече." }))).toBe(true);
    expect(matches("Песков", makeArticle({ text: "По словам Пескова, ответа нет." }))).toBe(true);
    expect(matches("план", makeArticle({ text: "Власти планируют ремонт." }))).toBe(false);
  });

  it("when a Cyrillic word is quoted, then only that exact form matches", () => {
    expect(matches('"угода"', makeArticle({ text: "Угода готова." }))).toBe(true);
    expect(matches('"угода"', makeArticle({ text: "Делайте что угодно." }))).toBe(false);
    expect(matches("угода", makeArticle({ text: "Делайте что угодно." }))).toBe(true);
  });

  it("when Latin words are searched, then they still match only as written", () => {
    expect(matches("Zelensky", makeArticle({ text: "President Zelenskyy spoke." }))).toBe(false);
    expect(parseTopicQuery("plan")).toEqual({ kind: "term", variants: [{ words: ["plan"], prefix: false }] });
  });

  it("when a query with inflected and exact Cyrillic words is described, then parsing it again gives the same tree", () => {
    const tree = parseTopicQuery('мирный-план|"угода"|Путин* NEAR/3 США');
    expect(describeTopicQuery(tree)).toBe('мирныи-план|"угода"|путин* NEAR/3 сша');
    expect(parseTopicQuery(describeTopicQuery(tree))).toEqual(tree);
  });
});

describe("TopicMatcher.explain", () => {
  it("when a document matches, then the spellings it was found by are listed once, in query order", () => {
    const explained = matcher('(Kyiv|Kiev "peace plan") OR Witkoff -Gaza').explain(
      prepareDocument("Kiev studies the peace plan", "Witkoff and Kiev officials met."),
    );
    expect(explained).toEqual(["kiev", '"peace plan"', "witkoff"]);
  });

  it("when a NEAR decides, then the pair that was near is named", () => {
    const explained = matcher("plan|draft NEAR/3 US|American").explain(
      prepareDocument("Kyiv gets the American draft", ""),
    );
    expect(explained).toEqual(["draft NEAR/3 american"]);
  });

  it("when a document does not match, then nothing is listed", () => {
    expect(matcher("Witkoff -Gaza").explain(prepareDocument("Witkoff in Gaza", ""))).toEqual([]);
  });
});
