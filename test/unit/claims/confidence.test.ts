import { describe, expect, it } from "vitest";
import { isUsableClaim } from "../../../src/briefing/claim-filter.js";
import { condenseContent } from "../../../src/briefing/condense-content.js";
import type { Claim } from "../../../src/claims/claim.js";
import { shownConfidence } from "../../../src/claims/confidence-threshold.js";
import { claimRowSchema } from "../../../src/store/claim-row-schema.js";
import { claimsOf, onlyClaim } from "./claim-assertions.js";

const shown = (claim: Claim): boolean =>
  isUsableClaim(claim, condenseContent(claim.content.text, claim.direct));

describe("extractClaims: every claim carries a confidence", () => {
  it("when claims are extracted, then each has a confidence between 0 and 1", () => {
    const claims = claimsOf(
      "Peskov said the talks were useful. He added that Moscow was ready. “We will keep listening,” Umerov said. They said it was over.",
    );
    expect(claims.length).toBeGreaterThan(3);
    for (const claim of claims) {
      expect(claim.confidence).toBeGreaterThanOrEqual(0);
      expect(claim.confidence).toBeLessThanOrEqual(1);
    }
  });

  it("when the speaker is a pronoun nobody can be named for, then confidence is lower than for a name", () => {
    const named = onlyClaim("Peskov said the plan was not under discussion in Moscow.");
    const unresolved = onlyClaim("They said the plan was not under discussion in Moscow.");
    expect(unresolved.confidence).toBeLessThan(named.confidence ?? 0);
  });
});

describe("isUsableClaim: the confidence threshold and questions", () => {
  it("when a claim is below the threshold, then no briefing shows it", () => {
    const claim = onlyClaim("Peskov said the plan was not under discussion in Moscow.");
    expect(shown(claim)).toBe(true);
    expect(shown({ ...claim, confidence: shownConfidence - 0.01 })).toBe(false);
    expect(shown({ ...claim, confidence: shownConfidence })).toBe(true);
  });

  it("when a claim is a question, then no briefing shows it as a statement", () => {
    const claim = onlyClaim("A reporter asked Peskov whether Moscow had seen the text of the plan.");
    expect(claim.question).toBe(true);
    expect(shown(claim)).toBe(false);
  });

  it("when a stored claim predates confidence, then it is judged as before", () => {
    const {
      confidence: _confidence,
      question: _question,
      ...old
    } = onlyClaim("Peskov said the talks were useful.");
    expect(shown(old)).toBe(true);
  });
});

describe("claimRowSchema: stored claims keep confidence and question", () => {
  it("when a claim is stored and read back, then both fields survive, and old rows without them still parse", () => {
    const claim = onlyClaim("Peskov said the talks were useful.");
    expect(claimRowSchema.parse(JSON.parse(JSON.stringify(claim)))).toEqual(claim);
    const { confidence: _confidence, question: _question, ...old } = claim;
    expect(claimRowSchema.parse(old)).toEqual(old);
    expect(() => claimRowSchema.parse({ ...claim, confidence: 2 })).toThrow();
  });
});
