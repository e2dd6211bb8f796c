import { describe, expect, it } from "vitest";
import { describeTopicQuery } from "../../../src/topics/describe-topic-query.js";
import { parseTopicQuery } from "../../../src/topics/parse-topic-query.js";
import { topicQueryLimits } from "../../../src/topics/topic-query.js";
import { TopicQueryError } from "../../../src/topics/topic-query-error.js";

const { maxLength, maxTerms } = topicQueryLimits;

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

describe("parseTopicQuery", () => {
  it("when words are juxtaposed, then they are joined by AND", () => {
    expect(canonical("Ukraine peace")).toBe("ukraine AND peace");
  });

  it("when operators are written in any case, then they are still operators", () => {
    expect(canonical("a or b and not c")).toBe("a OR b AND NOT c");
  });

  it("when AND and OR are mixed, then AND binds tighter", () => {
    expect(parseTopicQuery("a OR b AND c")).toEqual({
      kind: "or",
      operands: [
        { kind: "term", variants: [{ words: ["a"], prefix: false }] },
        {
          kind: "and",
          operands: [
            { kind: "term", variants: [{ words: ["b"], prefix: false }] },
            { kind: "term", variants: [{ words: ["c"], prefix: false }] },
          ],
        },
      ],
    });
  });

  it("when NOT precedes a word followed by another, then NOT applies to the first word only", () => {
    expect(canonical("NOT a b")).toBe("NOT a AND b");
  });

  it("when parentheses group an OR, then the grouping is kept", () => {
    expect(canonical("(a OR b) c")).toBe("(a OR b) AND c");
  });

  it("when a word is prefixed with -, then it is excluded", () => {
    expect(canonical('peace -"video game" -(chess OR football)')).toBe(
      'peace AND NOT "video game" AND NOT (chess OR football)',
    );
  });

  it("when a hyphen sits inside a word, then the word is a phrase, not an exclusion", () => {
    expect(canonical("28-point")).toBe('"28 point"');
  });

  it("when spelling variants are given with |, then they form one term", () => {
    expect(parseTopicQuery('Kyiv|Kiev|"Kyïv city"')).toEqual({
      kind: "term",
      variants: [
        { words: ["kyiv"], prefix: false },
        { words: ["kiev"], prefix: false },
        { words: ["kyiv", "city"], prefix: false },
      ],
    });
  });

  it("when a word ends with *, then it is a prefix", () => {
    expect(parseTopicQuery("negotiat*")).toEqual({
      kind: "term",
      variants: [{ words: ["negotiat"], prefix: true }],
    });
  });

  it("when the query has capitals and accents, then the terms are folded", () => {
    expect(canonical('ZELENSKYY "Kyïv Oblast" Straße')).toBe('zelenskyy AND "kyiv oblast" AND strasse');
  });

  it("when a described query is parsed again, then the tree is the same", () => {
    const queries = [
      '(Ukraine OR Kyiv|Kiev) AND ("peace plan" OR 28-point OR negotiat*) -"video game"',
      'NOT (a b) c OR "or" d',
      "a (b OR (c NOT d)) OR e",
      "28-poi* x",
    ];
    for (const query of queries) {
      const tree = parseTopicQuery(query);
      expect(parseTopicQuery(describeTopicQuery(tree))).toEqual(tree);
    }
  });
});

describe("parseTopicQuery errors", () => {
  const cases: [string, string, number][] = [
    ["(Ukraine OR Kyiv AND plan", "unbalanced parenthesis at character 1", 1],
    ["Ukraine OR Kyiv) AND plan", "unbalanced parenthesis at character 16", 16],
    ['Ukraine AND (plan OR "peace deal"', "unbalanced parenthesis at character 13", 13],
    ["Ukraine NOT", "NOT needs something after it at character 9", 9],
    ["Ukraine AND NOT)", "unbalanced parenthesis at character 16", 16],
    ["(Ukraine NOT) plan", "NOT needs something after it at character 10", 10],
    ["Ukraine OR", "OR needs something on both sides at character 9", 9],
    ["OR Ukraine", "OR needs something on both sides at character 1", 1],
    ["Ukraine AND OR plan", "AND needs something on both sides at character 9", 9],
    ['Ukraine "peace plan', "unclosed quote at character 9", 9],
    ['Ukraine ""', "empty phrase at character 9", 9],
    ["Ukraine ()", "empty parentheses at character 9", 9],
    ["Kyiv| plan", "| needs a spelling variant on both sides at character 5", 5],
    ["|Kyiv", "| needs a spelling variant on both sides at character 1", 1],
    ["neg*otiate", "wildcard * only goes at the end of a word at character 4", 4],
    ["Ukraine a*", "wildcard needs at least 2 letters before it at character 9", 9],
    ["Ukraine ...", 'nothing to search for in "..." at character 9', 9],
    ["Ukraine - plan", 'nothing to search for in "-" at character 9', 9],
  ];
  for (const [query, message, position] of cases) {
    it(`when the query is ${JSON.stringify(query)}, then the error says "${message}"`, () => {
      const error = parseError(query);
      expect(error.message).toBe(message);
      expect(error.position).toBe(position);
    });
  }

  it("when the query is blank, then it is an empty query", () => {
    const error = parseError("   \n ");
    expect(error.message).toBe("empty query");
    expect(error.position).toBe(1);
  });

  it("when the query only excludes, then it needs a positive term", () => {
    expect(parseError("NOT Ukraine -Russia").message).toBe("a query needs at least one positive term");
    expect(parseError("a OR NOT b").message).toBe("a query needs at least one positive term");
  });

  it("when an exclusion sits beside a positive term, then it is accepted", () => {
    expect(canonical("NOT russia ukraine")).toBe("NOT russia AND ukraine");
  });

  it("when the query is one character over the limit, then it is rejected as too long", () => {
    const error = parseError("(".repeat(maxLength / 2) + "a".repeat(maxLength / 2 + 1));
    expect(error.message).toBe(`query too long (max ${maxLength} characters)`);
    expect(error.position).toBe(maxLength + 1);
  });

  it("when parentheses nest nine deep, then the query is too deeply nested at the ninth", () => {
    const error = parseError(`${"(".repeat(9)}a${")".repeat(9)}`);
    expect(error.message).toBe("too deeply nested (max 8 levels) at character 9");
  });

  it("when parentheses nest eight deep, then the query is accepted", () => {
    expect(canonical(`${"(".repeat(8)}a${")".repeat(8)}`)).toBe("a");
  });

  it("when there is one term too many, then that term is reported", () => {
    const words = Array.from({ length: maxTerms + 1 }, (_, index) => `w${index}`);
    const error = parseError(words.join(" "));
    expect(error.message).toBe(
      `too many terms (max ${maxTerms}) at character ${words.slice(0, maxTerms).join(" ").length + 2}`,
    );
  });

  it("when spelling variants push the count over the limit, then they count as terms", () => {
    const variants = Array.from({ length: maxTerms + 1 }, (_, index) => `v${index}`).join("|");
    expect(parseError(variants).message).toBe(`too many terms (max ${maxTerms}) at character 1`);
  });

  it("when a long chain of NOTs is given, then it parses without trouble", () => {
    expect(canonical(`${"NOT ".repeat(100)}a b`)).toMatch(/^NOT NOT .* AND b$/);
  });
});
