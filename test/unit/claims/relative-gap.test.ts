import { describe, expect, it } from "vitest";
import { claimsOf } from "./claim-assertions.js";

describe("extractClaims: a cue inside a relative clause", () => {
  it("when a speaker reports inside a 'which' clause, then the verb phrase after the cue is the claim", () => {
    const claims = claimsOf(
      "The new ferry timetable, which officials said will start in May, drew complaints from commuters.",
    );
    const relative = claims.find((c) => c.cue.text === "said");
    expect(relative?.speaker?.text).toBe("officials");
    expect(relative?.content.text).toBe("will start in May");
  });

  it("when the relative clause is not set off by a comma, then the content runs to the clause end", () => {
    const claims = claimsOf(
      "The council is responding to what the mayor said is rising demand for bike lanes.",
    );
    const relative = claims.find((c) => c.cue.text === "said");
    expect(relative?.speaker?.text).toBe("the mayor");
    expect(relative?.content.text).toBe("is rising demand for bike lanes");
  });

  it("when a relative claim is found, then its subjectless content stays below the briefing threshold", () => {
    const claims = claimsOf("The library, which the mayor said would reopen soon, stayed closed.");
    const relative = claims.find((c) => c.cue.text === "said");
    expect(relative?.content.text).toBe("would reopen soon");
    expect(relative?.confidence).toBeLessThan(0.5);
  });

  it("when a content opens with a verb and no relative clause precedes, then there is no claim", () => {
    expect(claimsOf("Kyiv said would not sign the paper.").filter((c) => c.cue.text === "said")).toEqual([]);
  });
});
