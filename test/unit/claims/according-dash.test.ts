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
