import type { Claim } from "../claim.js";
import { speakerMatches } from "./speaker-matches.js";
import type { StanceItem, StanceLabel } from "./stance-set.js";
import { stanceLabels } from "./stance-set.js";
import { shared, type WordIndex } from "./word-index.js";

/** Counts for one label: items predicted with it, items labelled with it, and agreements. */
export interface LabelCounts {
  predicted: number;
  gold: number;
  hits: number;
}

/** Running totals of a stance-set evaluation. */
export interface StanceTally {
  /** Per label, over all items (an item with no matching claim is predicted nothing). */
  labels: Record<StanceLabel, LabelCounts>;
  /** Items labelled a claim that some extracted claim matches. */
  matched: number;
  /** Items labelled a claim. */
  claims: number;
  /** Matched items with a speaker label, and those whose speaker is right. */
  speaker: { judged: number; right: number };
  /** The same, for items whose source had to be resolved (a pronoun, a description). */
  resolved: { judged: number; right: number };
}

export function emptyStanceTally(): StanceTally {
  const labels = Object.fromEntries(
    stanceLabels.map((label) => [label, { predicted: 0, gold: 0, hits: 0 }]),
  ) as Record<StanceLabel, LabelCounts>;
  return {
    labels,
    matched: 0,
    claims: 0,
    speaker: { judged: 0, right: 0 },
    resolved: { judged: 0, right: 0 },
  };
}

/** What a claim says the attribution does: a marked question is a question whatever its stance. */
export function predictedLabel(claim: Claim): StanceLabel {
  return claim.question === true ? "question" : claim.stance;
}

/**
 * Score one article's claims against its stance items. An item is matched by the claim sharing
 * most words with it (cue words count double); the claim must share a cue word or half the
 * content words (Dice ≥ 0.5). Only `counted` claims take part, so the same items score all
 * extracted claims and only those a briefing shows.
 */
export function scoreStance(
  text: string,
  words: WordIndex,
  claims: Claim[],
  items: StanceItem[],
  tally: StanceTally,
): void {
  const claimWords = claims.map((claim) => ({
    claim,
    cue: words.wordsOf([claim.cue]),
    content: words.wordsOf([claim.content]),
  }));
  for (const item of items) {
    const cue = words.wordsOf(item.cue.map(([start, end]) => ({ start, end })));
    const content = words.wordsOf(item.content.map(([start, end]) => ({ start, end })));
    let best: Claim | null = null;
    let bestScore = 0;
    for (const candidate of claimWords) {
      const cueShared = shared(cue, candidate.cue);
      const contentShared = shared(content, candidate.content);
      const dice = (2 * contentShared) / Math.max(1, content.size + candidate.content.size);
      if (cueShared === 0 && dice < 0.5) continue;
      const score = 2 * cueShared + contentShared;
      if (score > bestScore) {
        best = candidate.claim;
        bestScore = score;
      }
    }
    const gold = item.label;
    tally.labels[gold].gold++;
    if (gold !== "none") tally.claims++;
    if (best === null) continue;
    const predicted = predictedLabel(best);
    tally.labels[predicted].predicted++;
    if (predicted === gold) tally.labels[gold].hits++;
    if (gold === "none") continue;
    tally.matched++;
    if (item.speaker === undefined) continue;
    const label = item.speaker === null ? null : text.slice(item.speaker[0], item.speaker[1]);
    const right = speakerMatches(best.speaker, label);
    tally.speaker.judged++;
    if (right) tally.speaker.right++;
    if (item.resolve === true) {
      tally.resolved.judged++;
      if (right) tally.resolved.right++;
    }
  }
}
