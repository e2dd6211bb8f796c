import { describe, expect, it } from "vitest";
import { claimsOf, onlyClaim } from "./claim-assertions.js";

describe("extractClaims: stance", () => {
  it.each([
    ["Peskov denied that the Kremlin had drafted the plan.", "denies"],
    ["Kyiv rejected the idea of giving up Donbas.", "denies"],
    ["Zakharova dismissed the report as fiction.", "denies"],
    ["Umerov confirmed that his team had received the draft.", "confirms"],
    ["The White House acknowledged that the plan was still changing.", "confirms"],
    ["Witkoff admitted that the timeline was tight.", "confirms"],
  ])("when the cue is '%s', then the stance follows the cue", (text, stance) => {
    expect(onlyClaim(text).stance).toBe(stance);
  });

  it.each([
    "Peskov said that no such plan is being discussed.",
    "Moscow said it is not aware of such a plan.",
    "Zakharova said Russia had not received any draft.",
  ])("when the speaker negates a fact ('%s'), then it is a denial and negated", (text) => {
    const claim = onlyClaim(text);
    expect(claim.stance).toBe("denies");
    expect(claim.negated).toBe(true);
  });

  it("when the negation is an obligation, then it is an assertion", () => {
    const claim = onlyClaim("Starmer said any deal must not reward aggression.");
    expect(claim.stance).toBe("asserts");
    expect(claim.negated).toBe(true);
  });

  it("when the negation is a contrast, then it is an assertion", () => {
    const claim = onlyClaim("Zelensky said Ukraine was seeking a plan for peace, not for capitulation.");
    expect(claim.stance).toBe("asserts");
    expect(claim.negated).toBe(false);
  });

  it("when the negation only follows 'but' after an affirmed clause, then the claim asserts", () => {
    const claim = onlyClaim(
      "Lindqvist said she had read the leaked memo, but there was little to add because nobody had shown her a final version.",
    );
    expect(claim.stance).toBe("asserts");
    expect(claim.content.text.startsWith("she had read the leaked memo")).toBe(true);
  });

  it("when the first clause itself is negated before 'but', then it is still a denial", () => {
    expect(onlyClaim("Okafor said the ministry had not seen the draft, but would study it.").stance).toBe(
      "denies",
    );
  });

  it("when a plain claim has no negation, then it asserts", () => {
    expect(claimsOf("Vance said the plan was fair.")[0]).toMatchObject({ stance: "asserts", negated: false });
  });
});

describe("extractClaims: text that is not an attribution", () => {
  it.each([
    ["narration", "Russia launched a massive drone attack on Ternopil overnight."],
    ["a dateline", "KYIV, Nov 20 (Reuters) -"],
    ["a headline without a cue", "Peace plan for Ukraine: what we know"],
    ["boilerplate", "Comments\nPost a Comment\nShare this article"],
    ["a negated announcement", "The White House has not officially announced any plan."],
    ["a document as subject", "The plan calls for cutting military aid to Kiev."],
  ])("when the text is %s, then nothing is extracted", (_kind, text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it("when a dateline precedes a pre-posed claim, then the dateline is not part of the content", () => {
    const claim = onlyClaim("KYIV, Nov 20 (Reuters) - Talks will resume on Monday, Umerov said.");
    expect(claim.content.text).toBe("Talks will resume on Monday");
  });
});
