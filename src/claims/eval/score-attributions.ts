import type { Claim, Span } from "../claim.js";
import { shared, wordIndex } from "./word-index.js";

/** One attribution with its three roles, each a set of (possibly discontinuous) spans. */
export interface Attribution {
  /** Cue spans ("said", "according to"). */
  cue: Span[];
  /** Source spans; empty when the attribution names no source. */
  sources: Span[];
  /** Content spans. */
  contents: Span[];
}

export type Role = "source" | "cue" | "content";
export const roles: readonly Role[] = ["source", "cue", "content"];

/** Counts for one role: predicted and gold attributions that have the role, and matches. */
export interface RoleCounts {
  /** Predicted attributions that have this role. */
  predicted: number;
  /** Gold attributions that have this role. */
  gold: number;
  /** Paired attributions whose role token sets are equal. */
  exact: number;
  /** Paired attributions whose role token sets overlap with Dice ≥ 0.5. */
  overlap: number;
}

export type Counts = Record<Role, RoleCounts>;

/** Predicted attributions from claims: claims sharing one cue span are one attribution. */
export function claimsToAttributions(claims: Claim[]): Attribution[] {
  const byCue = new Map<string, Attribution>();
  for (const claim of claims) {
    const key = `${claim.cue.start}:${claim.cue.end}`;
    let attribution = byCue.get(key);
    if (!attribution) {
      attribution = { cue: [claim.cue], sources: [], contents: [] };
      byCue.set(key, attribution);
    }
    if (claim.speaker && !attribution.sources.some((s) => s.start === claim.speaker?.start))
      attribution.sources.push(claim.speaker);
    attribution.contents.push(claim.content);
  }
  return [...byCue.values()];
}

export function emptyCounts(): Counts {
  const zero = (): RoleCounts => ({ predicted: 0, gold: 0, exact: 0, overlap: 0 });
  return { source: zero(), cue: zero(), content: zero() };
}

/**
 * Score one article. Spans become sets of word tokens (letters/digits; punctuation and quote marks
 * ignored). Predicted and gold attributions are paired one-to-one, greedily by shared tokens (cue
 * tokens count double), pairs sharing nothing are never paired. Per role, a pair is an exact match
 * when both token sets are equal and an overlap match when their Dice overlap is at least 0.5.
 */
export function scoreArticle(
  text: string,
  predicted: Attribution[],
  gold: Attribution[],
  counts: Counts,
): void {
  const { wordsOf: tokensOf } = wordIndex(text);
  const toSets = (a: Attribution): Record<Role, Set<number>> => ({
    source: tokensOf(a.sources),
    cue: tokensOf(a.cue),
    content: tokensOf(a.contents),
  });
  const p = predicted.map(toSets);
  const g = gold.map(toSets);
  for (const role of roles) {
    counts[role].predicted += p.filter((s) => s[role].size > 0).length;
    counts[role].gold += g.filter((s) => s[role].size > 0).length;
  }
  const pairs: { pi: number; gi: number; score: number }[] = [];
  p.forEach((ps, pi) => {
    g.forEach((gs, gi) => {
      const score =
        2 * shared(ps.cue, gs.cue) + shared(ps.content, gs.content) + shared(ps.source, gs.source);
      if (score > 0) pairs.push({ pi, gi, score });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.pi - b.pi || a.gi - b.gi);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  for (const { pi, gi } of pairs) {
    if (usedP.has(pi) || usedG.has(gi)) continue;
    usedP.add(pi);
    usedG.add(gi);
    const ps = p[pi];
    const gs = g[gi];
    if (!ps || !gs) continue;
    for (const role of roles) {
      const a = ps[role];
      const b = gs[role];
      if (a.size === 0 || b.size === 0) continue;
      const common = shared(a, b);
      if (common === a.size && common === b.size) counts[role].exact++;
      if ((2 * common) / (a.size + b.size) >= 0.5) counts[role].overlap++;
    }
  }
}

/** Precision, recall and F1 from counts; 0 where undefined. */
export function prf(hits: number, predicted: number, gold: number): { p: number; r: number; f1: number } {
  const p = predicted > 0 ? hits / predicted : 0;
  const r = gold > 0 ? hits / gold : 0;
  return { p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0 };
}
