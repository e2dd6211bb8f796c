import { describe, expect, it } from "vitest";
import { claimsOf, onlyClaim } from "./claim-assertions.js";

describe("extractClaims: what a record or survey shows", () => {
  it("when a survey shows a noun phrase, then what it depicts is the claim without a that-clause", () => {
    const claim = onlyClaim("A county survey shows cycling commuters outnumbering drivers downtown.");
    expect(claim.speaker?.text).toBe("A county survey");
    expect(claim.cue.text).toBe("shows");
    expect(claim.content.text).toBe("cycling commuters outnumbering drivers downtown");
  });

  it("when the footage shows someone, then that scene is the claim", () => {
    const claim = onlyClaim("The footage showed a guard opening the side gate before midnight.");
    expect(claim.content.text).toBe("a guard opening the side gate before midnight");
  });

  it("when a person shows a noun phrase, then it is no claim", () => {
    expect(claimsOf("The goalkeeper showed great calm in the final minutes.")).toEqual([]);
  });
});
