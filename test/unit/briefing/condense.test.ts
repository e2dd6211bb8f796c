import { describe, expect, it } from "vitest";
import { condenseContent } from "../../../src/briefing/condense-content.js";
import { condenseLead } from "../../../src/briefing/condense-lead.js";
import { shorten } from "../../../src/text/shorten.js";

describe("condenseLead", () => {
  it("when the lead ends in an attribution, then the summary drops it and names who reported", () => {
    const lead = condenseLead(
      "Headline",
      "Officials of both countries have quietly drafted a ceasefire outline for the region, the news site Example Post has reported. More text follows.",
    );
    expect(lead).toEqual({
      summary: "Officials of both countries have quietly drafted a ceasefire outline for the region",
      reportedBy: "Example Post",
    });
  });

  it("when the lead starts with a dateline, then the dateline is gone", () => {
    const lead = condenseLead(
      "Headline",
      "LVIV, Ukraine (AP) — A drone struck a power station overnight, cutting heat to thousands of homes. Later...",
    );
    expect(lead.summary).toBe("A drone struck a power station overnight, cutting heat to thousands of homes");
  });

  it("when the text is empty, then the headline without its outlet suffix is the summary", () => {
    expect(condenseLead("Talks resume in Geneva | Example Daily", "").summary).toBe("Talks resume in Geneva");
  });

  it("when the lead is very long, then it is cut at a clause boundary, never mid-word", () => {
    const long = `Negotiators from the two governments met again on Tuesday in a lakeside hotel, which had hosted earlier rounds of talks that ended without agreement, and ${"said little more ".repeat(20)}.`;
    const { summary } = condenseLead("h", long);
    expect(summary.length).toBeLessThanOrEqual(160);
    expect(summary).toBe(
      "Negotiators from the two governments met again in a lakeside hotel, which had hosted earlier rounds of talks that ended without agreement",
    );
  });

  it("when an abbreviation has a period, then the sentence does not end there", () => {
    expect(
      condenseLead(
        "h",
        "U.S. officials met Mr. Example in the capital on Monday to discuss the outline. Then...",
      ).summary,
    ).toBe("U.S. officials met Mr. Example in the capital to discuss the outline");
  });
});

describe("condenseContent", () => {
  it("when reported speech starts with that and ends with an attribution, then only the clause is left", () => {
    expect(condenseContent("that the talks would continue next week, he said.", false)).toBe(
      "the talks would continue next week",
    );
  });

  it("when a quote is short, then it stays verbatim without its quotation marks", () => {
    expect(condenseContent("“We will not give up an inch of our land.”", true)).toBe(
      "We will not give up an inch of our land.",
    );
  });

  it("when a quote is long, then its first sentence is kept word for word and the cut is marked", () => {
    const quote = `We are ready to talk at any time and in any place. ${"But nothing will be decided without us. ".repeat(6)}`;
    expect(condenseContent(quote, true)).toBe("We are ready to talk at any time and in any place. …");
  });
});

describe("shorten", () => {
  it("when text is too long, then it is cut at a word boundary with an ellipsis", () => {
    expect(shorten("alpha beta gamma delta", 12)).toBe("alpha beta…");
  });

  it("when one word is longer than the limit, then the cut never splits a surrogate pair", () => {
    const cut = shorten("😀".repeat(20), 8);
    expect(cut.length).toBeLessThanOrEqual(8);
    expect(cut).toMatch(/^(😀)+…$/u);
  });
});
