import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../src/claims/extract-claims.js";
import { claimsOf } from "./claim-assertions.js";

describe("extractClaims: bad input", () => {
  it("when the text is empty, then there are no claims", () => {
    expect(extractClaims("")).toEqual([]);
  });

  it("when the text is 5 MB of attributed sentences, then it finishes with bounded spans", () => {
    const sentence = "Peskov said the draft had not arrived, and “talks will go on,” Rubio said. ";
    const text = sentence.repeat(Math.ceil(5_000_000 / sentence.length));
    const claims = extractClaims(text);
    expect(claims.length).toBeGreaterThan(1000);
    expect(Math.max(...claims.slice(0, 1000).map((c) => c.content.end - c.content.start))).toBeLessThan(200);
  });

  it("when 5 MB have no sentence breaks at all, then it still finishes and spans stay bounded", () => {
    const text = "officials said the plan would work and ".repeat(130_000);
    const claims = extractClaims(text);
    for (const claim of claims.slice(0, 200))
      expect(claim.content.end - claim.content.start).toBeLessThan(5_000);
  });

  it("when quotes are unbalanced everywhere, then it returns valid spans", () => {
    const text =
      "“Witkoff said “the plan is ready. Peskov said ” nothing ‘ was agreed.\n« Zelensky said no».";
    expect(() => claimsOf(text)).not.toThrow();
  });

  it("when the text contains control characters, then spans still index the original text", () => {
    const text = "Peskov\u0000 said\u0007 that\u001b the talks\u0008 were over.\u0000";
    expect(() => claimsOf(text)).not.toThrow();
  });

  it("when the text is not English, then nothing is invented", () => {
    expect(claimsOf("Песков заявил, что в Кремле не видели никакого плана. 和平计划尚未公布。")).toEqual([]);
  });

  it("when the text is one long word, then it finishes", () => {
    expect(extractClaims("a".repeat(1_000_000))).toEqual([]);
  });
});
