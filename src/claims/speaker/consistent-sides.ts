import type { Claim } from "../claim.js";

/**
 * Sides filled consistently or not at all: every claim by one named speaker in an article gets
 * the one side some of them show ("he" resolved to Peskov, "Peskov" alone), and none when they
 * show two (a side guessed from words must not contradict another).
 */
export function consistentSides(claims: Claim[]): void {
  const sides = new Map<string, Set<string>>();
  for (const claim of claims) {
    const name = keyOf(claim);
    if (name === null) continue;
    let set = sides.get(name);
    if (!set) {
      set = new Set();
      sides.set(name, set);
    }
    if (claim.speaker?.side) set.add(claim.speaker.side);
  }
  for (const claim of claims) {
    const name = keyOf(claim);
    if (name === null || !claim.speaker) continue;
    const set = sides.get(name);
    const side = set && set.size === 1 ? ([...set][0] ?? null) : null;
    if (claim.speaker.side !== side) claim.speaker = { ...claim.speaker, side };
  }
}

function keyOf(claim: Claim): string | null {
  const speaker = claim.speaker;
  if (!speaker?.name || speaker.kind === "unresolved" || speaker.kind === "unnamed") return null;
  return `${speaker.kind}|${speaker.name}`;
}
