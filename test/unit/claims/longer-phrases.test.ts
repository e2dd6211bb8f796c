import { describe, expect, it } from "vitest";
import { claimsOf, onlyClaim } from "./claim-assertions.js";

describe("extractClaims: longer speaker phrases", () => {
  it("when a relative clause without commas describes the speakers, then it is part of the speaker", () => {
    const claim = onlyClaim("Diplomats who attended the Geneva meeting said the text had changed twice.");
    expect(claim.speaker?.text).toBe("Diplomats who attended the Geneva meeting");
    expect(claim.content.text).toBe("the text had changed twice");
  });

  it("when a 'that' relative clause describes the speakers, then it is part of the speaker", () => {
    const claim = onlyClaim("Monitors that count civilian casualties said the toll had doubled.");
    expect(claim.speaker?.text).toBe("Monitors that count civilian casualties");
  });

  it("when the relative clause has a subject of its own, then no speaker is built from it", () => {
    const speakers = claimsOf("The envoy who Kovac said had left returned on Friday.").map(
      (c) => c.speaker?.text,
    );
    expect(speakers.some((text) => text?.includes("who"))).toBe(false);
  });

  it("when the speaker's title names a rank ('No. 2'), then the abbreviation does not cut the phrase", () => {
    const claim = onlyClaim("Anna Berg, the No. 2 official at the ministry, said the talks would resume.");
    expect(claim.speaker?.name).toBe("Anna Berg");
    expect(claim.content.text).toBe("the talks would resume");
  });

  it("when a name stands in apposition after a common noun, then noun and name form the speaker", () => {
    const claim = onlyClaim("The campaign's pollster, Dana Whitcombe, says the race has tightened.");
    expect(claim.speaker).toMatchObject({
      text: "The campaign's pollster, Dana Whitcombe",
      name: "Dana Whitcombe",
    });
  });

  it("when a name, a description and a relative clause precede the cue, then the name opens the speaker", () => {
    const claim = onlyClaim(
      "Marta Ilves, a nurse from Tartu, who has worked nights for a decade, said the ward was short of staff.",
    );
    expect(claim.speaker).toMatchObject({ name: "Marta Ilves", kind: "person" });
    expect(claim.speaker?.text.startsWith("Marta Ilves, a nurse from Tartu")).toBe(true);
  });

  it("when a possessive title precedes the name, then the name speaks and the pronoun is no organisation", () => {
    const claim = onlyClaim("Her longtime adviser, Pia Lund, said the talks had gone nowhere.");
    expect(claim.speaker).toMatchObject({
      text: "Her longtime adviser, Pia Lund",
      name: "Pia Lund",
      org: null,
    });
  });

  it("when the speaker is a head of a body 'to' a forum, then the whole phrase speaks", () => {
    const claim = onlyClaim("The head of Norway's delegation to the summit said the draft was too vague.");
    expect(claim.speaker?.text).toBe("The head of Norway's delegation to the summit");
  });
});

describe("extractClaims: a person and where they are from", () => {
  it.each([
    ["Senator Jane Holt of Maine said the bill would pass.", "Jane Holt"],
    ["Tomas Reyes of Dayton, Ohio, says the bill would pass.", "Tomas Reyes"],
  ])("when '%s', then the person is the speaker, not the place", (text, name) => {
    expect(onlyClaim(text).speaker).toMatchObject({ name, kind: "person" });
  });
});

describe("extractClaims: titles and tags around a name", () => {
  it("when a party-and-state tag follows the name, then the name and title are clean", () => {
    const claim = onlyClaim("Rep. Lena Ortiz (D-N.M.) said the hearing would go ahead.");
    expect(claim.speaker).toMatchObject({
      text: "Rep. Lena Ortiz (D-N.M.)",
      name: "Lena Ortiz",
      role: "Rep.",
    });
  });

  it("when the head noun ends in -ly but is no adverb, then it still heads the speaker", () => {
    const claim = onlyClaim("The organizer of the rally said the march would start at noon.");
    expect(claim.speaker?.text).toBe("The organizer of the rally");
  });
});

describe("extractClaims: phrases between the cue and its that-clause", () => {
  it("when someone wrote to an addressee, then the content is the that-clause", () => {
    const claim = onlyClaim(
      "The farmers' union wrote to the minister's office that it had never been consulted.",
    );
    expect(claim.speaker?.text).toBe("The farmers' union");
    expect(claim.content.text).toBe("that it had never been consulted");
  });

  it("when someone told an outlet in an interview, then neither phrase is part of the content", () => {
    const claim = onlyClaim("Okafor told the paper in an interview that the ceasefire was holding.");
    expect(claim.content.text).toBe("that the ceasefire was holding");
  });

  it("when the content opens with its own subject phrase, then a later 'that' does not cut it", () => {
    const claim = onlyClaim("Okafor says a plan that looked dead last month is back on the table.");
    expect(claim.content.text).toBe("a plan that looked dead last month is back on the table");
  });

  it("when an aside set off by commas follows the cue, then the content starts after it", () => {
    const claim = onlyClaim(
      "The agency reported, even late on Friday, the border crossing was still closed.",
    );
    expect(claim.content.text).toBe("the border crossing was still closed");
  });

  it("when a prepositional phrase stands before 'that', then the content is the that-clause", () => {
    const claim = onlyClaim(
      "Economists can now say with the benefit of hindsight that the slowdown was brief.",
    );
    expect(claim.content.text).toBe("that the slowdown was brief");
  });
});
