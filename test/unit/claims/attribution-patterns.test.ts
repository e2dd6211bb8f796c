import { describe, expect, it } from "vitest";
import { claimsOf, onlyClaim } from "./claim-assertions.js";

/** Issue 10, "Only attributions, and the common ones found": one test per kind of error. */
describe("extractClaims: only real attributions", () => {
  it.each([
    ["an idiom of the author", "No wonder the talks in Geneva stalled."],
    ["a bare noun phrase after 'reported'", "Zelensky reported the news to his cabinet."],
    ["a bare noun phrase after 'expressed'", "Witkoff expressed confidence."],
    ["an act that is no speech", "Naftogaz had offered to sell its stake in the pipeline."],
    ["a vote", "Voters in Kharkiv are rejecting him."],
    ["a refusal to grant", "The ministry denied visas to the observers."],
  ])("when the text is %s, then nothing is claimed", (_kind, text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it("when 'expressed' carries a proposition, then it is a claim", () => {
    expect(onlyClaim("Witkoff expressed confidence that a deal was close.").content.text).toBe(
      "confidence that a deal was close",
    );
  });
});

describe("extractClaims: the common attributions found", () => {
  it("when a straight-quoted sentence follows the cue, then the second quote is the speaker's too", () => {
    const claims = claimsOf('"We will keep talking," Peskov said. "Nothing is decided yet."');
    expect(claims.map((claim) => [claim.speaker?.name, claim.content.text])).toEqual([
      ["Dmitry Peskov", '"We will keep talking,"'],
      ["Dmitry Peskov", '"Nothing is decided yet."'],
    ]);
  });

  it("when a split quote resumes after the cue, then both halves share the cue", () => {
    const claims = claimsOf("“We will keep talking,” Peskov said, “but nothing is decided.”");
    expect(claims).toHaveLength(2);
    expect(claims[1]).toMatchObject({
      cue: { text: "said" },
      content: { text: "“but nothing is decided.”" },
    });
  });

  it("when a record speaks, then it is the source", () => {
    expect(onlyClaim("The letter says the talks must resume in Geneva.").speaker?.text).toBe("The letter");
  });

  it("when a headline or a progressive carries the cue, then it is found", () => {
    expect(onlyClaim("Zelensky Pledges To Keep Talking With Washington").cue.text).toBe("Pledges");
    expect(onlyClaim("Zelensky is promising that Ukraine will not give up land.").content.text).toBe(
      "that Ukraine will not give up land",
    );
  });

  it("when no comma stands before a trailing cue, then the claim is still found", () => {
    expect(onlyClaim("The talks would resume next week officials said.")).toMatchObject({
      speaker: { text: "officials" },
      content: { text: "The talks would resume next week" },
    });
  });

  it("when a cue ends its paragraph with a colon, then the next paragraph is the content", () => {
    const claim = onlyClaim("Peskov added:\n\n“We will keep listening to the American side.”");
    expect(claim).toMatchObject({
      direct: true,
      content: { text: "“We will keep listening to the American side.”" },
    });
  });

  it("when a quote paragraph follows the paragraph that named the speaker, then it continues that speaker", () => {
    const claims = claimsOf(
      "Peskov said the talks were useful.\n\n“We will continue to listen to the American side.”\n\nThe war goes on.",
    );
    expect(claims.map((claim) => claim.speaker?.name)).toEqual(["Dmitry Peskov", "Dmitry Peskov"]);
    expect(claims[1]?.direct).toBe(true);
  });

  it("when a quote runs over two paragraphs and the second has the cue, then it is one quote", () => {
    const claim = onlyClaim("“We are ready to listen.\n\n“But we have not seen a text,” Peskov said.");
    expect(claim.content.text.startsWith("“We are ready to listen.")).toBe(true);
    expect(claim.content.text.endsWith("seen a text,”")).toBe(true);
  });

  it("when 'Said' opens the sentence, then the speaker follows it", () => {
    expect(onlyClaim("Said Umerov: “The talks in Geneva were constructive.”").speaker?.name).toBe(
      "Rustem Umerov",
    );
  });
});
