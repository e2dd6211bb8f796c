import { describe, expect, it } from "vitest";
import { claimsOf, onlyClaim } from "./claim-assertions.js";

/** Issue 10, "Stance, defined so a reader agrees with it": one test per kind of error. */
describe("extractClaims: a denial rejects a proposition in question", () => {
  it("when a denial cue rejects a report, or a negation answers one on its face, then it denies", () => {
    expect(onlyClaim("Zakharova rejected the report that Moscow had drafted the plan.").stance).toBe(
      "denies",
    );
    expect(onlyClaim("Peskov said there is no truth to the reports of a secret deal.").stance).toBe("denies");
    expect(onlyClaim("Ushakov said Moscow had received no draft from Washington.").stance).toBe("denies");
  });

  it("when a negative answers a question put just before, then it denies", () => {
    const claims = claimsOf(
      "Will Witkoff travel to Moscow this week? Reporters put the question to the Kremlin. Peskov said Witkoff would not travel to Moscow this week.",
    );
    expect(claims.find((claim) => claim.speaker?.name === "Dmitry Peskov")?.stance).toBe("denies");
  });

  it("when 'dismissed' only characterises a person, then it asserts", () => {
    expect(onlyClaim("Zakharova dismissed Kallas as a loud voice with no mandate.").stance).toBe("asserts");
  });
});

describe("extractClaims: a confirmation affirms what is in question", () => {
  it("when the speaker did not deny the report, then it confirms", () => {
    const claim = onlyClaim("Leavitt did not deny that Witkoff had met Dmitriev in Miami.");
    expect(claim).toMatchObject({ stance: "confirms", cue: { text: "did not deny" } });
  });
});

describe("extractClaims: a negative statement that rejects nobody's claim asserts", () => {
  it.each([
    "Umerov said Ukraine would not sign a deal that rewards aggression.",
    "Driscoll said the army had not grown this year.",
    "Rubio said he would not object to a meeting in Geneva.",
  ])("when '%s', then it asserts and keeps negated", (text) => {
    expect(onlyClaim(text)).toMatchObject({ stance: "asserts", negated: true });
  });

  it("when the negation sits in a concessive clause, then the content is not negated", () => {
    expect(onlyClaim("Zelensky said he would stay firm no matter who he talks to.")).toMatchObject({
      stance: "asserts",
      negated: false,
    });
  });
});

describe("extractClaims: a question is not a claim of its content", () => {
  it.each([
    ["a quoted question", "“Is there a plan or not?” a reporter asked."],
    ["an indirect question", "A reporter asked Peskov whether Moscow had seen the text."],
    ["a wondering", "Kallas wondered why Europe had not been consulted."],
  ])("when %s, then the claim is marked a question", (_kind, text) => {
    const claims = claimsOf(text);
    expect(claims.length).toBeGreaterThan(0);
    for (const claim of claims) expect(claim.question).toBe(true);
  });

  it("when a statement follows the cue, then it is no question", () => {
    expect(onlyClaim("Peskov said the talks would go on.").question).toBe(false);
  });
});

describe("extractClaims: a relayed denial is the denier's", () => {
  it("when a reporter relays a denial, then the denial goes to the one who denied", () => {
    const claims = claimsOf("According to Axios, Peskov denied that Moscow had seen the text.");
    const peskov = claims.find((claim) => claim.speaker?.name === "Dmitry Peskov");
    const axios = claims.find((claim) => claim.speaker?.name === "Axios");
    expect(peskov?.stance).toBe("denies");
    expect(axios?.stance).not.toBe("denies");
  });
});
