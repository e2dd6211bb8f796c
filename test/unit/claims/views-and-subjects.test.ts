import { describe, expect, it } from "vitest";
import { claimsOf, onlyClaim } from "./claim-assertions.js";

describe("extractClaims: views, intentions and stances as attributions", () => {
  it.each([
    [
      "wants",
      "Zelensky wants a ceasefire along the current front line.",
      "a ceasefire along the current front line",
    ],
    [
      "expects",
      "Budanov expects Russia to launch a winter offensive.",
      "Russia to launch a winter offensive",
    ],
    ["supports", "Chancellor Merz supports the European counter-proposal.", "the European counter-proposal"],
    [
      "oppose",
      "Several EU ministers oppose any deal that rewards aggression.",
      "any deal that rewards aggression",
    ],
    [
      "hopes to",
      "Witkoff hopes to finalise the text before Thanksgiving.",
      "to finalise the text before Thanksgiving",
    ],
    ["declined to", "Peskov declined to comment on the draft.", "to comment on the draft"],
    [
      "sees … as",
      "Starmer sees the plan as a starting point for talks.",
      "the plan as a starting point for talks",
    ],
    [
      "talked about",
      "Umerov talked about the security guarantees in Miami.",
      "the security guarantees in Miami",
    ],
    [
      "knows that",
      "Kallas knows that Europe cannot be left out of the talks.",
      "that Europe cannot be left out of the talks",
    ],
  ])(
    "when the cue is a view or intention ('%s'), then the holder and its object are a claim",
    (_kind, text, content) => {
      const claim = onlyClaim(text);
      expect(claim.content.text).toBe(content);
      expect(claim.speaker).not.toBeNull();
    },
  );

  it("when a view is reported inside someone's claim, then only the outer claim is kept", () => {
    const claim = onlyClaim("Leavitt said Trump supports the plan to end the war.");
    expect(claim.speaker?.name).toBe("Karoline Leavitt");
    expect(claim.content.text).toBe("Trump supports the plan to end the war");
  });

  it("when 'see' has no 'as' complement, then it is perception, not a view", () => {
    expect(claimsOf("Rubio sees the delegation at the airport.")).toEqual([]);
  });

  it("when a passive has no agent ('is expected to'), then nobody holds the view", () => {
    expect(claimsOf("The draft is expected to reach Kyiv on Friday.")).toEqual([]);
  });

  it("when a free relative names a view ('what we know'), then nothing is claimed", () => {
    expect(claimsOf("Peace plan for Ukraine: what we know")).toEqual([]);
  });

  it("when a plural subject precedes a bare form ('critics call'), then the bare form is the cue", () => {
    const claim = onlyClaim("Critics call the plan a capitulation.");
    expect(claim.speaker?.text).toBe("Critics");
    expect(claim.cue.text).toBe("call");
    expect(claim.content.text).toBe("the plan a capitulation");
  });

  it("when 'with' opens an absolute clause, then its subject is the speaker of the participle", () => {
    const claim = onlyClaim("The meeting ended with Rubio calling the talks productive.");
    expect(claim.speaker?.name).toBe("Marco Rubio");
    expect(claim.content.text).toBe("the talks productive");
  });
});

describe("extractClaims: the whole speaker phrase", () => {
  it("when an inverted speaker has a description and a relative clause, then both belong to the speaker", () => {
    const claim = onlyClaim(
      "“The shelters are full,” said Olena Marchenko, a spokeswoman for the city council who visited the site.",
    );
    expect(claim.speaker?.text).toBe(
      "Olena Marchenko, a spokeswoman for the city council who visited the site",
    );
    expect(claim.speaker?.name).toBe("Olena Marchenko");
  });

  it("when a participle aside follows the inverted speaker, then the aside is not part of the speaker", () => {
    const claims = claimsOf("“Nothing is agreed,” said Andrii Sybiha, citing the text's vague guarantees.");
    expect(claims[0]?.speaker?.text).toBe("Andrii Sybiha");
  });

  it("when a description contains a nested attribution, then the speaker stops before it", () => {
    const claims = claimsOf(
      "“We need air defence,” said Ihor Petrenko, 41, of Lviv, who said he had lost his flat.",
    );
    expect(claims[0]?.speaker?.text).toBe("Ihor Petrenko, 41, of Lviv");
  });

  it("when lower-case words and a title stand before a name, then they are part of the speaker", () => {
    const claim = onlyClaim("Veteran Kremlin watcher Tatiana Stanovaya said the draft favoured Moscow.");
    expect(claim.speaker?.text).toBe("Veteran Kremlin watcher Tatiana Stanovaya");
  });

  it("when the speaker is a share of a group, then the whole quantity phrase is the speaker", () => {
    const claim = onlyClaim("55 percent of Ukrainians said the war must end with security guarantees.");
    expect(claim.speaker?.text).toBe("55 percent of Ukrainians");
  });

  it("when a subject has a place after it, then the place is in the span but lends no side", () => {
    const claim = onlyClaim("European diplomats in Kyiv said they were waiting for the full text.");
    expect(claim.speaker).toMatchObject({ text: "European diplomats in Kyiv", side: "EU" });
  });

  it("when a common noun heads a clause-initial subject, then 'Social conservatives say' has a speaker", () => {
    const claim = onlyClaim("Ukrainian veterans say the front line cannot be frozen.");
    expect(claim.speaker?.text).toBe("Ukrainian veterans");
    expect(claim.content.text).toBe("the front line cannot be frozen");
  });

  it("when the speaker is followed by a parenthetical relative clause, then the clause is no role", () => {
    const claim = onlyClaim(
      "A senior Ukrainian official, who asked not to be named, said Kyiv would not sign anything that amounted to capitulation.",
    );
    expect(claim.speaker).toMatchObject({
      name: "A senior Ukrainian official",
      kind: "unnamed",
      side: "Ukraine",
    });
    expect(claim.content.text).toBe("Kyiv would not sign anything that amounted to capitulation");
  });

  it("when a number has a thousands separator, then its comma does not end the content", () => {
    const claim = onlyClaim("The ministry says 1,250 buildings were damaged in the region.");
    expect(claim.content.text).toBe("1,250 buildings were damaged in the region");
  });

  it("when a sentence opens with a pronoun, then a participle takes it as its subject", () => {
    const claims = claimsOf(
      "Umerov met the envoys. He went on to praise them, calling the talks constructive.",
    );
    expect(claims.at(-1)?.speaker?.name).toBe("Rustem Umerov");
    expect(claims.at(-1)?.content.text).toBe("the talks constructive");
  });
});

describe("extractClaims: transcripts and signed quotes", () => {
  it("when an upper-case label and a colon start a transcript line, then the label is the speaker", () => {
    const claims = claimsOf("The interview went on. RUBIO: We made a lot of progress today.");
    expect(claims).toHaveLength(1);
    expect(claims[0]?.speaker?.text).toBe("RUBIO");
    expect(claims[0]?.content.text).toBe("We made a lot of progress today");
  });

  it("when a signed quote contains a nested quote, then the whole quotation is the content", () => {
    const text = "“They call it “peace” but it means surrender.” ― Olha Hrytsenko";
    const claim = onlyClaim(text);
    expect(claim.speaker?.text).toBe("Olha Hrytsenko");
    expect(claim.content.text).toBe("“They call it “peace” but it means surrender.”");
  });
});

describe("extractClaims: more cue phrases and frames", () => {
  it("when 'made it clear' introduces a clause, then the phrase is the cue", () => {
    const claim = onlyClaim("Zelensky made it clear that Ukraine would not give up Donbas.");
    expect(claim.cue.text).toBe("made it clear");
    expect(claim.content.text).toBe("that Ukraine would not give up Donbas");
  });

  it("when 'pushed for' has an object, then the object is the content", () => {
    const claim = onlyClaim("Kallas pushed for a seat at the table for Europe.");
    expect(claim.cue.text).toBe("pushed for");
    expect(claim.content.text).toBe("a seat at the table for Europe");
  });

  it("when a poll frames a sentence ('In a new poll, …'), then the poll is the source", () => {
    const claim = onlyClaim("In a new Kyiv International Institute poll, 75 percent favoured a ceasefire.");
    expect(claim.speaker?.text).toBe("a new Kyiv International Institute poll");
    expect(claim.cue.text).toBe("In");
    expect(claim.content.text).toBe("75 percent favoured a ceasefire");
  });

  it("when 'In the wake of a report' opens a sentence, then the report is no source", () => {
    expect(claimsOf("In the wake of the Axios report, markets in Moscow rose.")).toEqual([]);
  });

  it("when a non-restrictive relative clause attributes, then its content ends with the clause", () => {
    const claims = claimsOf("Sybiha, who called the draft ''a wish list,'' flew to Geneva on Sunday.");
    expect(claims[0]?.speaker).toMatchObject({ text: "who", name: "Andrii Sybiha" });
    expect(claims[0]?.content.text).toBe("the draft ''a wish list,''");
  });

  it("when a relative clause follows an inverted speaker, then 'who' is that speaker", () => {
    const claims = claimsOf(
      "“The talks went well,” said Pierre de Vos, a mediator, who likened the draft to a map.",
    );
    expect(claims[0]?.speaker?.name).toBe("Pierre de Vos");
    expect(claims[1]?.speaker).toMatchObject({ text: "who", name: "Pierre de Vos" });
  });

  it("when a surname looks like a month or an adverb, then it stays in the name", () => {
    expect(onlyClaim("Prime Minister Theresa May said Britain stood with Kyiv.").speaker?.name).toBe(
      "Theresa May",
    );
    expect(onlyClaim("“It was a tough night,” said Megyn Kelly.").speaker?.name).toBe("Megyn Kelly");
  });

  it("when a colon follows a time or an interview turn, then no speaker is made of it", () => {
    expect(claimsOf("12:20 p.m.: The envoy's plane landed in Moscow.")).toEqual([]);
    expect(claimsOf("Q: Will you sign the plan?")).toEqual([]);
  });

  it("when a label heads a list of names, then the roster is no claim", () => {
    expect(claimsOf("Negotiators: Rustem Umerov, Andriy Yermak, Kyrylo Budanov.")).toEqual([]);
  });
});
