import { describe, expect, it } from "vitest";
import { onlyClaim } from "./claim-assertions.js";

describe("extractClaims: a phrase between the cue and its that-clause", () => {
  it("when a long addressee is followed by a place and a day, then the content starts at 'that'", () => {
    const claim = onlyClaim("Okafor told the newspaper of Dunmore on Monday that the depot would close.");
    expect(claim.content.text).toBe("that the depot would close");
  });

  it("when the addressee is a possessive, then the content starts at 'that'", () => {
    const claim = onlyClaim("The union wrote to the Okafors’ office that no agreement had been signed.");
    expect(claim.content.text).toBe("that no agreement had been signed");
  });

  it("when an 'of' phrase names what was spoken about, then the content starts at 'that'", () => {
    const claim = onlyClaim("Okafor said of the new depot in March that it was badly planned.");
    expect(claim.content.text).toBe("that it was badly planned");
  });

  it("when 'about' opens a number, then it is part of the content", () => {
    const claim = onlyClaim("Okafor said about 40 drivers had signed the letter.");
    expect(claim.content.text).toBe("about 40 drivers had signed the letter");
  });
});
