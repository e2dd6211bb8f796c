import { describe, expect, it } from "vitest";
import { claimsOf, onlyClaim } from "./claim-assertions.js";

describe("extractClaims: where the speaker stands", () => {
  it("when the speaker precedes the cue, then the speaker, cue and that-clause are found", () => {
    const claim = onlyClaim(
      "Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow had received no proposal.",
    );
    expect(claim.speaker).toMatchObject({
      text: "Kremlin spokesman Dmitry Peskov",
      name: "Dmitry Peskov",
      role: "spokesman",
      org: "Kremlin",
      kind: "person",
      side: "Russia",
    });
    expect(claim.cue.text).toBe("said");
    expect(claim.content.text).toBe("that Moscow had received no proposal");
    expect(claim.direct).toBe(false);
  });

  it("when reported speech has no 'that', then the content starts after the cue", () => {
    const claim = onlyClaim("Rubio said the talks in Geneva had been productive.");
    expect(claim.content.text).toBe("the talks in Geneva had been productive");
    expect(claim.speaker?.name).toBe("Marco Rubio");
  });

  it("when the speaker follows an inverted cue, then '…, said Peskov' is attributed to Peskov", () => {
    const claim = onlyClaim("“Nobody has shown us any text,” said Peskov.");
    expect(claim.speaker?.name).toBe("Dmitry Peskov");
    expect(claim.content.text).toBe("“Nobody has shown us any text,”");
    expect(claim.direct).toBe(true);
  });

  it("when the speaker follows the quote, then '…, Zakharova said' is attributed to Zakharova", () => {
    const claim = onlyClaim("“We read about this plan in the newspapers,” Zakharova said.");
    expect(claim.speaker).toMatchObject({ name: "Maria Zakharova", side: "Russia" });
    expect(claim.direct).toBe(true);
  });

  it("when the content is pre-posed, then it runs from the sentence start to the comma", () => {
    const claim = onlyClaim("The plan is dead on arrival, a senior lawmaker said.");
    expect(claim.content.text).toBe("The plan is dead on arrival");
    expect(claim.speaker).toMatchObject({ text: "a senior lawmaker", kind: "unnamed", side: null });
  });

  it("when a colon introduces a quote after a name, then the colon is the cue", () => {
    const claim = onlyClaim("Peskov: “There is nothing new to say about the draft.”");
    expect(claim.cue.text).toBe(":");
    expect(claim.speaker?.name).toBe("Dmitry Peskov");
    expect(claim.direct).toBe(true);
  });
});

describe("extractClaims: multi-word and non-verbal cues", () => {
  it("when 'according to' opens the sentence, then the source follows it", () => {
    const claim = onlyClaim("According to two people familiar with the draft, the document has 28 points.");
    expect(claim.cue.text).toBe("According to");
    expect(claim.speaker).toMatchObject({ text: "two people familiar with the draft", kind: "unnamed" });
    expect(claim.content.text).toBe("the document has 28 points");
  });

  it("when 'according to' closes the sentence, then the content precedes it", () => {
    const claim = onlyClaim("Witkoff met Dmitriev in Miami in October, according to Axios.");
    expect(claim.speaker).toMatchObject({ name: "Axios", kind: "media" });
    expect(claim.content.text).toBe("Witkoff met Dmitriev in Miami in October");
  });

  it("when 'according to' names a document, then nothing is attributed", () => {
    expect(claimsOf("According to the plan, Kiev would have to cede land to Moscow.")).toEqual([]);
  });

  it("when someone told reporters, then the cue includes 'told reporters'", () => {
    const claim = onlyClaim("Zelensky told reporters that Ukraine would not trade its dignity for a deal.");
    expect(claim.cue.text).toBe("told reporters");
    expect(claim.content.text).toBe("that Ukraine would not trade its dignity for a deal");
  });

  it("when someone wrote on Telegram, then the medium is part of the cue", () => {
    const claim = onlyClaim("Dmitriev wrote on Telegram that the talks were moving fast.");
    expect(claim.cue.text).toBe("wrote on Telegram");
  });

  it("when a statement is the medium, then 'said in a statement' is the cue", () => {
    const claim = onlyClaim("The State Department said in a statement that the envoy would travel to Kyiv.");
    expect(claim.cue.text).toBe("said in a statement");
    expect(claim.speaker).toMatchObject({ name: "State Department", kind: "government", side: "US" });
  });

  it("when a media outlet has reported, then the outlet is the speaker", () => {
    const claim = onlyClaim("The sides have agreed on most points, the US media outlet Axios has reported.");
    expect(claim.speaker).toMatchObject({ name: "Axios", kind: "media", side: null });
    expect(claim.cue.text).toBe("reported");
  });

  it("when the cue is passive, then the agent after 'by' is the speaker", () => {
    const claim = onlyClaim("The meeting in Abu Dhabi was reported by Reuters on Tuesday.");
    expect(claim.speaker?.name).toBe("Reuters");
  });

  it("when someone called the plan something, then it is a claim with the rest of the clause", () => {
    const claim = onlyClaim("Kallas called the proposal a list of Russian wishes.");
    expect(claim.cue.text).toBe("called");
    expect(claim.content.text).toBe("the proposal a list of Russian wishes");
    expect(claim.speaker).toMatchObject({ name: "Kaja Kallas", side: "EU" });
  });

  it("when a participle continues the sentence, then it shares the subject's speaker", () => {
    const claims = claimsOf("Umerov said the meeting was useful, adding that more talks were planned.");
    expect(claims).toHaveLength(2);
    expect(claims[0]?.content.text).toBe("the meeting was useful");
    expect(claims[1]?.cue.text).toBe("adding");
    expect(claims[1]?.speaker?.name).toBe("Rustem Umerov");
  });
});
