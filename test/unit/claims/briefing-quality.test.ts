import { describe, expect, it } from "vitest";
import { claimsOf, onlyClaim } from "./claim-assertions.js";

/** Shapes the briefing showed as garbage speakers, fragment contents or wrong stances. */
describe("extractClaims: what a briefing reader sees", () => {
  it("when a place ends a subject phrase, then the place is never the speaker", () => {
    const claims = claimsOf(
      "Last week G7 foreign ministers meeting in Niagara called for an immediate ceasefire.",
    );
    expect(claims.map((claim) => claim.speaker?.text)).not.toContain("Niagara");
    expect(claims[0]?.speaker).toMatchObject({
      text: "G7 foreign ministers meeting in Niagara",
      name: "G7 foreign ministers",
      side: null,
    });
  });

  it("when a question asks what someone says, then nothing is claimed", () => {
    expect(claimsOf("What does Moscow say?")).toEqual([]);
  });

  it("when the cue ends in an adverbial ('in its latest update'), then the content is the clause before", () => {
    const claim = onlyClaim(
      "At least 25 people were killed, Ukraine's Interior Ministry said in its latest update.",
    );
    expect(claim.content.text).toBe("At least 25 people were killed");
  });

  it("when a participle aside follows the adverbial, then the content is still the clause before", () => {
    const claims = claimsOf(
      "Russian forces advanced near Pokrovsk, the Defence Ministry said in its daily report, claiming two more villages.",
    );
    expect(claims[0]?.content.text).toBe("Russian forces advanced near Pokrovsk");
  });

  it("when the content is a bare anaphor ('that account'), then it is not a claim", () => {
    expect(claimsOf("Ukrainian officials rejected that account.")).toEqual([]);
  });

  it("when the addressee follows 'told', then the quote before is the content", () => {
    const claim = onlyClaim(
      "“We heard the explosion,” one resident told the Ledger outside a damaged block.",
    );
    expect(claim.content.text).toBe("“We heard the explosion,”");
  });

  it("when 'asked' only frames another question, then 'for the text' is never a content", () => {
    const claims = claimsOf("She did not say whether Moscow had asked Washington for the text.");
    expect(claims.map((claim) => claim.content.text)).not.toContain("for the text");
  });

  it("when a cue is parenthetical, then the content is the whole clause around it", () => {
    const claim = onlyClaim("Any new proposals, Zakharova said, should come through diplomatic channels.");
    expect(claim.speaker?.name).toBe("Maria Zakharova");
    expect(claim.content.text).toBe(
      "Any new proposals, Zakharova said, should come through diplomatic channels",
    );
  });

  it("when a relative clause gaps the subject of the content, then no fragment is claimed", () => {
    const claims = claimsOf(
      "They backed a ceasefire, a position several European governments say should remain the basis.",
    );
    expect(claims.map((claim) => claim.content.text)).not.toContain("should remain the basis");
  });

  it("when a report cites its sources in an aside, then the content starts at 'that'", () => {
    const claim = onlyClaim(
      "Reuters reported, citing unnamed sources, that US officials were pressing Kyiv.",
    );
    expect(claim.content.text).toBe("that US officials were pressing Kyiv");
  });
});

describe("extractClaims: pre-posed content with a source of its own", () => {
  it("when the first conjunct is another body's announcement, then the trailing speaker covers only the last clause", () => {
    const claim = onlyClaim(
      "The city council declared three days of mourning, and families lined up outside the clinic to donate blood, the regional health office said.",
    );
    expect(claim.speaker?.text).toBe("the regional health office");
    expect(claim.content.text).toBe("families lined up outside the clinic to donate blood");
  });

  it("when the first conjunct is plain narration, then the whole pre-posed content is the claim", () => {
    const claim = onlyClaim(
      "Trains were halted, and schools stayed shut across the region, the regional police said.",
    );
    expect(claim.content.text).toBe("Trains were halted, and schools stayed shut across the region");
  });
});

describe("extractClaims: an appositive with a report of its own", () => {
  it("when the content ends in 'a view others say …', then that view is not the speaker's content", () => {
    const claim = onlyClaim(
      "Nordic ministers called for a freeze along the current line, a stance several Baltic capitals say must stay on the table.",
    );
    expect(claim.content.text).toBe("a freeze along the current line");
  });
});

describe("extractClaims: bodies and their sides", () => {
  it("when 'his office' speaks, then it is the office of the person named before, with that side", () => {
    const claims = claimsOf(
      "Zelensky returned to Kyiv on Thursday. His office said the talks were constructive.",
    );
    expect(claims.at(-1)?.speaker).toMatchObject({
      text: "His office",
      name: "Office of the President of Ukraine",
      side: "Ukraine",
    });
  });

  it("when another man was named last, then 'his office' is still the president's", () => {
    const claims = claimsOf(
      "President Mark Halden met the visiting envoy Tom Baker in the capital on Monday. " +
        "Halden said the talks had been useful. Baker told reporters that he would return to the region next week. " +
        "His office said the president would travel to Brussels in December.",
    );
    expect(claims.at(-1)?.speaker).toMatchObject({ text: "His office", org: "Halden" });
  });

  it("when the sentence's own subject is a man, then 'his office' is his, not an earlier principal's", () => {
    const claims = claimsOf(
      "President Mark Halden said the talks had been useful. " +
        "Baker said the visit had gone well. Halden thanked him. " +
        "Envoy Tom Baker, who arrived on Monday, said the visit was useful, and his office said he would return in spring.",
    );
    expect(claims.find((claim) => claim.speaker?.text === "his office")?.speaker?.org).toBe("Tom Baker");
  });

  it("when 'the ministry' speaks after a named ministry, then it is that ministry", () => {
    const claims = claimsOf(
      "Ukraine's Interior Ministry said 25 people were killed. The ministry said rescuers were still searching.",
    );
    expect(claims.at(-1)?.speaker).toMatchObject({
      text: "The ministry",
      name: "Interior Ministry of Ukraine",
      side: "Ukraine",
    });
  });

  it("when a department is named nowhere else, then it keeps no side rather than an invented one", () => {
    const claim = onlyClaim("The regional health department said 12 people remained in hospital.");
    expect(claim.speaker).toMatchObject({ kind: "government", side: null });
  });
});

describe("extractClaims: inference is not denial", () => {
  it("when an event 'shows' something, then it is narration, not a claim", () => {
    expect(claimsOf("The attack showed that Russia was not preparing for peace.")).toEqual([]);
  });

  it("when a speaker says an event showed a negated clause, then the speaker asserts", () => {
    const claim = onlyClaim("Zelensky said the attack showed Russia was not preparing for peace.");
    expect(claim.stance).toBe("asserts");
    expect(claim.content.text).toBe("the attack showed Russia was not preparing for peace");
  });

  it("when a poll shows a finding, then the poll is the source", () => {
    const claims = claimsOf("A new poll shows most Ukrainians oppose territorial concessions.");
    expect(claims[0]?.speaker?.text).toBe("A new poll");
    expect(claims[0]?.content.text).toBe("most Ukrainians oppose territorial concessions");
  });

  it("when the speaker itself knows of nothing, then it still denies", () => {
    const claim = onlyClaim("Moscow said it knows of no such plan.");
    expect(claim.stance).toBe("denies");
  });
});
