import { describe, expect, it } from "vitest";
import { claimsOf, onlyClaim } from "./claim-assertions.js";

describe("extractClaims: speaker parts", () => {
  it("when a title precedes the name, then role and org are split off", () => {
    const claim = onlyClaim("US Secretary of State Marco Rubio said the meeting was productive.");
    expect(claim.speaker).toMatchObject({
      name: "Marco Rubio",
      role: "Secretary of State",
      org: "US",
      kind: "person",
      side: "US",
    });
  });

  it("when a ministry is named with a possessive, then it is the government of that side", () => {
    const claim = onlyClaim("Ukraine's Interior Ministry said three people were hurt.");
    expect(claim.speaker).toMatchObject({
      kind: "government",
      side: "Ukraine",
      name: "Interior Ministry of Ukraine",
    });
  });

  it.each([
    ["Moscow", "Russia"],
    ["The Kremlin", "Russia"],
    ["The White House", "US"],
    ["Kyiv", "Ukraine"],
    ["Kiev", "Ukraine"],
  ])("when %s speaks, then it is a government speaker for %s", (name, side) => {
    const claim = onlyClaim(`${name} said the proposal deserved attention.`);
    expect(claim.speaker).toMatchObject({ kind: "government", side });
  });

  it("when a spelling variant is used, then the canonical name is the same", () => {
    const names = ["Zelensky", "Zelenskyy", "Zelenskiy"].map(
      (n) => onlyClaim(`${n} said the talks would continue.`).speaker?.name,
    );
    expect(new Set(names)).toEqual(new Set(["Volodymyr Zelensky"]));
  });

  it("when the source is unnamed, then its description is kept as the name", () => {
    const claim = onlyClaim("A senior US official said the deadline could move.");
    expect(claim.speaker).toMatchObject({ kind: "unnamed", name: "A senior US official", side: "US" });
  });

  it("when a group speaks, then it is a group with the side its adjective reveals", () => {
    const claim = onlyClaim("European officials said the text needed changes.");
    expect(claim.speaker).toMatchObject({ kind: "group", side: "EU" });
  });

  it("when the speaker is unknown to the gazetteer, then it is extracted with side null", () => {
    const claim = onlyClaim("Analyst Jane Holloway said the plan favoured Moscow.");
    expect(claim.speaker).toMatchObject({ name: "Jane Holloway", kind: "person", side: null });
  });

  it("when an appositive describes the speaker, then name and description form one speaker", () => {
    const claim = onlyClaim(
      "Olena Marchenko, a spokeswoman for the Kyiv city council, said the shelters were open.",
    );
    expect(claim.speaker?.text).toBe("Olena Marchenko, a spokeswoman for the Kyiv city council");
    expect(claim.speaker?.name).toBe("Olena Marchenko");
  });
});

describe("extractClaims: one canonical speaker per article", () => {
  it("when a person is named in full, by surname and by role, then all share one name", () => {
    const claims = claimsOf(
      "Kremlin spokesman Dmitry Peskov said the text had not arrived. Peskov added that Moscow was ready to listen. " +
        "The Kremlin spokesman also said talks could start soon.",
    );
    expect(claims.map((c) => c.speaker?.name)).toEqual(["Dmitry Peskov", "Dmitry Peskov", "Dmitry Peskov"]);
  });

  it("when an unknown person is named in full then by surname, then the surname resolves to the full name", () => {
    const claims = claimsOf(
      "Analyst Jane Holloway said Kyiv would object. Holloway added that Europe would back Kyiv.",
    );
    expect(claims.map((c) => c.speaker?.name)).toEqual(["Jane Holloway", "Jane Holloway"]);
  });
});

describe("extractClaims: pronouns", () => {
  it("when 'he said' follows a male speaker, then it resolves to him and keeps its own span", () => {
    const text = "Witkoff said the sides were close. He said a meeting could happen next week.";
    const claims = claimsOf(text);
    expect(claims[1]?.speaker).toMatchObject({
      text: "He",
      name: "Steve Witkoff",
      kind: "person",
      side: "US",
    });
    expect(claims[1]?.speaker?.start).toBe(text.indexOf("He"));
  });

  it("when 'she' follows a male speaker, then it skips him for an earlier female speaker", () => {
    const claims = claimsOf(
      "Zakharova said Moscow had no draft. Lavrov said the West was stalling. She added that Russia was open to talks.",
    );
    expect(claims[2]?.speaker?.name).toBe("Maria Zakharova");
  });

  it("when only incompatible speakers precede a pronoun, then it stays unresolved", () => {
    const claims = claimsOf("Kallas said Europe must be at the table. He said the plan was unfair.");
    expect(claims[1]?.speaker).toMatchObject({ text: "He", name: null, kind: "unresolved", side: null });
  });

  it("when 'it said' follows an organisation, then it resolves to the organisation", () => {
    const claims = claimsOf(
      "The Interior Ministry of Ukraine said two drones were downed. It said debris fell on a school.",
    );
    expect(claims[1]?.speaker).toMatchObject({ text: "It", kind: "government", side: "Ukraine" });
  });

  it("when 'they said' follows a single person, then number clashes and it stays unresolved", () => {
    const claims = claimsOf("Rubio said progress was made. They said nothing was signed.");
    expect(claims[1]?.speaker?.kind).toBe("unresolved");
  });
});
