import { describe, expect, it } from "vitest";
import { onlyClaim } from "./claim-assertions.js";

describe("extractClaims: 'according to' before a spaced hyphen", () => {
  it("when a spaced hyphen follows the source, then the source ends there", () => {
    const claim = onlyClaim(
      "Fares will rise next spring, according to the transit board - the third rise in as many years.",
    );
    expect(claim.speaker?.text).toBe("the transit board");
    expect(claim.content.text).toBe("Fares will rise next spring");
  });

  it("when a hyphenated word is in the source, then it stays whole", () => {
    const claim = onlyClaim("Fares will rise next spring, according to the city-run transit board.");
    expect(claim.speaker?.text).toBe("the city-run transit board");
  });
});

describe("extractClaims: 'according to' after a connective", () => {
  it("when only a connective and a comma open the sentence, then the content follows the source", () => {
    const claim = onlyClaim("Meanwhile, according to recent surveys, most riders want longer opening hours.");
    expect(claim.speaker?.text).toBe("recent surveys");
    expect(claim.content.text).toBe("most riders want longer opening hours");
  });
});
