import { describe, expect, it } from "vitest";
import { claimsOf, onlyClaim } from "./claim-assertions.js";

describe("extractClaims: more attribution shapes", () => {
  it("when a verb is coordinated with an earlier one, then it shares the sentence subject", () => {
    const claims = claimsOf("Umerov flew to Geneva on Sunday and said the talks had been constructive.");
    expect(claims).toHaveLength(1);
    expect(claims[0]?.speaker?.name).toBe("Rustem Umerov");
    expect(claims[0]?.content.text).toBe("the talks had been constructive");
  });

  it("when an age and a place describe the speaker, then they stay in the speaker phrase", () => {
    const claim = onlyClaim("Olha Kovalenko, 59, of Ternopil, said the shelters were full.");
    expect(claim.speaker?.text).toBe("Olha Kovalenko, 59, of Ternopil");
    expect(claim.speaker?.name).toBe("Olha Kovalenko");
  });

  it("when an aside separates speaker and cue, then the aside is not part of the speaker", () => {
    const claim = onlyClaim("Zelensky, speaking in Kyiv on Friday, said Ukraine would not give up Donbas.");
    expect(claim.speaker?.text).toBe("Zelensky");
  });

  it("when a quotation is signed after a dash, then the name after the dash is the speaker", () => {
    const claim = onlyClaim("“We have seen no text, only leaks.” ― Maria Zakharova");
    expect(claim.speaker?.name).toBe("Maria Zakharova");
    expect(claim.cue.text).toBe("―");
  });

  it("when a headline names a speaker before a colon, then the rest of the headline is the claim", () => {
    const claim = onlyClaim("Peskov: Kremlin has not seen any American draft\nMoscow was quiet on Thursday.");
    expect(claim.speaker?.name).toBe("Dmitry Peskov");
    expect(claim.content.text).toBe("Kremlin has not seen any American draft");
  });

  it("when a label precedes a colon, then it is not a speaker", () => {
    expect(claimsOf("Update: talks in Geneva continue on Monday with both delegations present")).toEqual([]);
  });

  it("when a title-case headline uses 'Says', then it is still a cue", () => {
    const claim = onlyClaim("Zelensky Says Ukraine Will Not Trade Territory For Peace");
    expect(claim.cue.text).toBe("Says");
    expect(claim.speaker?.name).toBe("Volodymyr Zelensky");
  });

  it("when a speech noun carries a that-clause, then the possessor is the speaker", () => {
    const claims = claimsOf("Kyiv dismissed Witkoff's claim that the front line was about to collapse.");
    const nominal = claims.find((c) => c.cue.text === "claim");
    expect(nominal?.speaker?.name).toBe("Steve Witkoff");
    expect(nominal?.content.text).toBe("that the front line was about to collapse");
  });

  it("when quotes are written with doubled apostrophes, then they are quotations", () => {
    const claim = onlyClaim("''Nothing has been agreed,'' said Sybiha.");
    expect(claim.direct).toBe(true);
    expect(claim.speaker?.name).toBe("Andrii Sybiha");
  });

  it("when a cue is future or hypothetical, then nothing is claimed yet", () => {
    expect(claimsOf("Trump will announce the plan on Friday.")).toEqual([]);
  });

  it("when a question asks whether someone supports something, then nothing is claimed", () => {
    expect(claimsOf("It is unclear whether the White House has endorsed the draft.")).toEqual([]);
  });

  it("when a poll finding is reported, then the share of respondents is the source", () => {
    const claim = onlyClaim("Six in 10 Ukrainians say they oppose any territorial concession.");
    expect(claim.speaker?.text).toBe("Six in 10 Ukrainians");
  });

  it("when 'As X reported,' frames the sentence, then the content follows the comma", () => {
    const claim = onlyClaim("As Axios reported on Tuesday, the draft has 28 points.");
    expect(claim.speaker?.name).toBe("Axios");
    expect(claim.content.text).toBe("the draft has 28 points");
  });

  it("when a common noun with an article speaks, then the whole phrase is the speaker", () => {
    const claim = onlyClaim("The utility company said power had been restored in Ternopil.");
    expect(claim.speaker?.text).toBe("The utility company");
  });

  it("when a possessor precedes the speaking noun, then the phrase includes the possessor", () => {
    const claim = onlyClaim("Zelensky's chief of staff said the delegation would fly to Geneva.");
    expect(claim.speaker?.text).toBe("Zelensky's chief of staff");
  });
});
