import { describe, expect, it } from "vitest";
import { claimProposition } from "../../../src/stories/claim-proposition.js";
import { stemWord } from "../../../src/stories/stem-word.js";

const denied = (content: string) => claimProposition(content, true).denied;

describe("claimProposition", () => {
  it("when a denial says 'no such X', then X is the denied thing and the denial is about existence", () => {
    expect(denied("no such plan is being discussed with the United States")).toMatchObject({
      head: "plan",
      phrase: "plan",
      existence: true,
    });
  });

  it("when a verb stands between 'not' and the thing, then the verb is skipped", () => {
    expect(denied("Moscow has not received any draft plan on Ukraine from Washington")).toMatchObject({
      head: "plan",
      modifiers: ["draft"],
      phrase: "draft plan",
      existence: true,
    });
    expect(denied("it is not aware of such a plan")).toMatchObject({ head: "plan", existence: true });
  });

  it("when the denial is a bare 'any such X', then X is denied without an existence framing", () => {
    expect(denied("any such concessions to stop the war")).toMatchObject({
      head: "concession",
      phrase: "concessions",
      existence: false,
    });
  });

  it("when the phrase has a hyphenated number, then it is kept as written", () => {
    expect(denied("Kyiv hasn't seen the 28-point framework yet")?.phrase).toBe("28-point framework");
  });

  it("when a common verb follows the noun, then the phrase ends before it", () => {
    expect(denied("no meeting took place")?.phrase).toBe("meeting");
  });

  it("when a denial has no negated phrase, then there is no denied object", () => {
    expect(denied("that Moscow received the document")).toBeNull();
    expect(denied("the reports were false")).toBeNull();
  });

  it("when an assertion mentions a thing after 'all possible', then that mention is not specific", () => {
    const proposition = claimProposition("we must keep developing all possible plans to stop the war", false);
    expect(proposition.terms.has("plan")).toBe(true);
    expect(proposition.specific.has("plan")).toBe(false);
    expect(proposition.denied).toBeNull();
  });
});

describe("stemWord", () => {
  it("when words differ by inflection, then their stems meet", () => {
    const pairs: [string, string][] = [
      ["drafted", "draft"],
      ["plans", "plan"],
      ["planned", "plan"],
      ["concessions", "concession"],
      ["received", "receive"],
      ["territories", "territory"],
      ["discussed", "discuss"],
    ];
    for (const [a, b] of pairs) expect(stemWord(a)).toBe(stemWord(b));
  });

  it("when a word ends in a double s, then it is not treated as a plural", () => {
    expect(stemWord("progress")).toBe("progress");
  });
});
