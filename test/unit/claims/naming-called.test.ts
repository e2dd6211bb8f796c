import { describe, expect, it } from "vitest";
import { claimsOf, onlyClaim } from "./claim-assertions.js";

describe("extractClaims: 'called' that names a thing", () => {
  it("when a new thing is introduced as 'a group called …', then nobody is calling anything", () => {
    expect(claimsOf("A new group called Riders First is collecting signatures downtown.")).toEqual([]);
  });

  it("when a website is introduced by its name, then there is no claim", () => {
    expect(claimsOf("She runs a website called Harbour Notes from her kitchen.")).toEqual([]);
  });

  it("when a known body calls something a name, then it is still a claim", () => {
    const claim = onlyClaim("The group called the ruling a setback for tenants.");
    expect(claim.speaker?.text).toBe("The group");
    expect(claim.content.text).toBe("the ruling a setback for tenants");
  });

  it("when a person introduced with 'a' calls something so, then it is still a claim", () => {
    const claim = onlyClaim("A spokesman called the report false.");
    expect(claim.content.text).toBe("the report false");
  });
});
