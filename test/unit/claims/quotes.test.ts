import { describe, expect, it } from "vitest";
import { claimsOf, onlyClaim } from "./claim-assertions.js";

describe("extractClaims: direct quotes", () => {
  it.each([
    ["curly double", "“The draft is a starting point,” Rubio said."],
    ["straight double", '"The draft is a starting point," Rubio said.'],
    ["curly single", "‘The draft is a starting point,’ Rubio said."],
    ["guillemets", "«The draft is a starting point,» Rubio said."],
    ["straight single", "'The draft is a starting point,' Rubio said."],
  ])("when the quote uses %s marks, then it is a direct claim", (_style, text) => {
    const claim = onlyClaim(text);
    expect(claim.direct).toBe(true);
    expect(claim.speaker?.name).toBe("Marco Rubio");
    expect(claim.content.text).toContain("The draft is a starting point");
  });

  it("when a quote spans two sentences, then the whole quote is one content", () => {
    const claim = onlyClaim("Vance said: “Nobody wants endless war. This plan is the way out.”");
    expect(claim.content.text).toBe("“Nobody wants endless war. This plan is the way out.”");
  });

  it("when a quote runs over two paragraphs, then the content spans both", () => {
    const text = "Sybiha said: “We will defend our land.\n“We will also keep talking to our partners.”";
    const claim = onlyClaim(text);
    expect(claim.content.text).toBe(text.slice(text.indexOf("“")));
  });

  it("when a quote-only sentence follows an attributed quote, then it inherits the speaker", () => {
    const claims = claimsOf("“We want peace,” Zelensky said. “But not at any price.”");
    expect(claims).toHaveLength(2);
    expect(claims[1]?.speaker?.name).toBe("Volodymyr Zelensky");
    expect(claims[1]?.content.text).toBe("“But not at any price.”");
    expect(claims[1]?.direct).toBe(true);
  });

  it("when a quoted fragment sits inside reported speech, then the claim is reported, not direct", () => {
    const claim = onlyClaim("Leavitt said the plan was “good for both sides” and would be refined.");
    expect(claim.direct).toBe(false);
    expect(claim.content.text).toBe("the plan was “good for both sides” and would be refined");
  });

  it("when words are in scare quotes without a cue, then nothing is claimed", () => {
    expect(claimsOf("The so-called “peace framework” was circulated in Washington.")).toEqual([]);
  });

  it("when a quote is never closed, then it ends with its paragraph and the next paragraph is unaffected", () => {
    const claims = claimsOf("“The plan is fair, Witkoff said.\nPeskov said the Kremlin had not seen it.");
    const peskov = claims.find((c) => c.speaker?.name === "Dmitry Peskov");
    expect(peskov?.content.text).toBe("the Kremlin had not seen it");
  });
});
