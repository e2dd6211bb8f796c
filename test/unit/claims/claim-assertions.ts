import { expect } from "vitest";
import type { Claim } from "../../../src/claims/claim.js";
import { extractClaims } from "../../../src/claims/extract-claims.js";

/** Extract, and check the offset invariant for every span of every claim. */
export function claimsOf(text: string): Claim[] {
  const claims = extractClaims(text);
  for (const claim of claims) {
    for (const span of [claim.cue, claim.content, ...(claim.speaker ? [claim.speaker] : [])]) {
      expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  }
  return claims;
}

/** The single claim in `text`, failing when there is not exactly one. */
export function onlyClaim(text: string): Claim {
  const claims = claimsOf(text);
  expect(claims, JSON.stringify(claims, null, 1)).toHaveLength(1);
  return claims[0] as Claim;
}
