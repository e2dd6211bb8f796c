import { describe, expect, it } from "vitest";
import { findReporter } from "../../../src/briefing/find-reporter.js";
import { leadSentences } from "../../../src/briefing/lead-sentences.js";

describe("leadSentences", () => {
  it("when a picture caption and its credit open the text, then the lead starts after them", () => {
    const text =
      "Rescuers at the damaged block. Photo: Ledger staff The toll rose to 12 on Thursday. More follows.";
    expect(leadSentences(text, 2)).toEqual(["The toll rose to 12 on Thursday.", "More follows."]);
  });

  it("when a wire credit opens the text, then it is dropped", () => {
    expect(leadSentences("(Coastal Times) — Envoys met again. Later…", 1)).toEqual(["Envoys met again."]);
  });
});

describe("findReporter", () => {
  it("when a lead credits a scoop mid-sentence, then the outlet is named and cut out", () => {
    expect(
      findReporter("A framework, first reported by Lakeside Herald this week, has set off a scramble"),
    ).toEqual({
      name: "Lakeside Herald",
      rest: "A framework has set off a scramble",
    });
  });

  it("when a lead ends in 'the news site X has reported', then X is the reporter", () => {
    expect(findReporter("Envoys drafted a framework, the news site Lakeside Herald has reported")?.name).toBe(
      "Lakeside Herald",
    );
  });

  it("when a speaker said or a ministry reported something, then no scoop is credited", () => {
    expect(findReporter("The toll rose to 12, the Interior Ministry reported on Thursday")).toBeNull();
    expect(findReporter("No envoys had met, spokesman Ivo Marek said")).toBeNull();
  });
});
