import { describe, expect, it } from "vitest";
import { extractClaims } from "../../../src/claims/extract-claims.js";
import { claimsOf, onlyClaim } from "./claim-assertions.js";

/** Issue 10, "The speaker is the one who spoke": one test per kind of error. */
describe("extractClaims: a pronoun takes the nearest compatible mention", () => {
  it("when a relation speaks first, then 'he' is the relation, not the best-known name", () => {
    const claims = claimsOf(
      "Steve Witkoff's son told reporters on Friday that his father had flown to Miami. He said the talks had gone well.",
    );
    expect(claims[1]?.speaker?.text).toBe("He");
    expect(claims[1]?.speaker?.name).toBe("Steve Witkoff's son");
  });

  it("when the previous sentence has a subject, then 'he' is that subject, not its object", () => {
    const claims = claimsOf("Umerov met Driscoll in Kyiv on Thursday. He said the meeting was useful.");
    expect(claims[0]?.speaker?.name).toBe("Rustem Umerov");
  });

  it("when the nearest person is not named in the gazetteer, then 'she' still resolves to her", () => {
    const claims = claimsOf(
      "Peskov spoke in Moscow. Olena Marchenko, a councillor in Ternopil, visited the damaged block. She said rescuers were still searching.",
    );
    expect(claims.at(-1)?.speaker?.name).toBe("Olena Marchenko");
  });
});

describe("extractClaims: relative pronouns and quantifiers", () => {
  it("when 'who' opens a restrictive clause, then it resolves to its head", () => {
    const claim = claimsOf("European diplomats who had read the draft said it favoured Moscow.")[0];
    expect(claim?.speaker?.name).toBe("European diplomats");
  });

  it("when 'they' has no antecedent, then it stays unresolved and names nobody", () => {
    expect(onlyClaim("They said the plan was dead.").speaker).toMatchObject({
      kind: "unresolved",
      name: null,
    });
  });
});

describe("extractClaims: a descriptive mention is the entity named before", () => {
  it("when 'the newspaper' follows an outlet, then it is that outlet", () => {
    const claims = claimsOf(
      "The Washington Post reported that the plan had 28 points. The newspaper said the draft was still changing.",
    );
    expect(claims[1]?.speaker).toMatchObject({ text: "The newspaper", name: "The Washington Post" });
  });

  it("when 'the ministry' follows a ministry, then it is that ministry", () => {
    const claims = claimsOf(
      "Ukraine's Interior Ministry said two people were hurt. The ministry added that rescuers were at the site.",
    );
    expect(claims[1]?.speaker?.name).toBe("Interior Ministry of Ukraine");
  });

  it("when 'the senator' follows a senator, then it is that senator", () => {
    const claims = claimsOf(
      "Sen. Jeanne Shaheen met Ukrainian lawmakers on Monday. The senator said Congress would back Kyiv.",
    );
    expect(claims[0]?.speaker?.name).toBe("Jeanne Shaheen");
  });
});

describe("extractClaims: listeners and passive subjects are not speakers", () => {
  it.each([
    "Kyiv was told that it must cede Donbas.",
    "UN urged to launch an inquiry into the Ternopil strike.",
    "Naftogaz had been told to sell its stake.",
    "Ukraine is said to be considering the offer.",
  ])("when '%s', then the claim is unattributed", (text) => {
    expect(onlyClaim(text).speaker).toBeNull();
  });

  it("when the teller is named with 'by', then the teller speaks", () => {
    expect(onlyClaim("Kyiv was told by Washington that it must cede Donbas.").speaker?.name).toBe(
      "US government",
    );
  });
});

describe("extractClaims: datelines and labels are never speakers; coordinated speakers stay together", () => {
  it.each([
    "KYIV (AFP) – Umerov said the talks would resume.",
    "GENEVA, Nov. 23 (Reuters) - Umerov said the talks would resume.",
    "NEW: Umerov said the talks would resume.",
  ])("when '%s', then Umerov alone speaks", (text) => {
    expect(onlyClaim(text).speaker?.name).toBe("Rustem Umerov");
  });

  it("when two people say it together, then it is one claim by both", () => {
    const claim = onlyClaim("Peskov and Ushakov said the talks would go on.");
    expect(claim.speaker).toMatchObject({
      name: "Dmitry Peskov and Yuri Ushakov",
      kind: "group",
      side: "Russia",
    });
  });
});

describe("extractClaims: roles as of the article, sides consistent", () => {
  const text = "Rubio said the plan was a starting point.";

  it("when the article predates a gazetteer role, then the role held then is given", () => {
    expect(extractClaims(text, { date: "2016-05-01" })[0]?.speaker?.role).toBe("Senator");
    expect(extractClaims(text, { date: "2025-11-20" })[0]?.speaker?.role).toBe("Secretary of State");
    expect(
      extractClaims("Trump said the wall would be built.", { date: "2016-05-01" })[0]?.speaker?.role,
    ).toBeNull();
  });

  it("when the article gives a role, then the article's wording comes first", () => {
    const claim = extractClaims("Republican candidate Donald Trump said the wall would be built.", {
      date: "2016-05-01",
    })[0];
    expect(claim?.speaker).toMatchObject({ name: "Donald Trump", role: "candidate" });
  });

  it("when the same speaker is named and then a pronoun, then both carry one side", () => {
    const claims = claimsOf("Peskov said the talks were useful. He added that Moscow was ready to listen.");
    expect(claims.map((claim) => claim.speaker?.side)).toEqual(["Russia", "Russia"]);
  });
});
