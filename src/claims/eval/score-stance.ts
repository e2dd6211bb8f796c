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

/**
 * Claims sharing one cue form one attribution, as in the span scores ("“A,” he said. “B.”"): its
 * stance is a denial when any part denies, else a confirmation when any confirms; it is a question
 * only when every part asks. The first claim stands for the rest (speaker, cue).
 */
function attributionsOf(claims: Claim[]): { claim: Claim; contents: Claim["content"][] }[] {
  const byCue = new Map<string, Claim[]>();
  for (const claim of claims) {
    const key = `${claim.cue.start}:${claim.cue.end}`;
    const list = byCue.get(key);
    if (list) list.push(claim);
    else byCue.set(key, [claim]);
  }
  return [...byCue.values()].map((parts) => {
    const first = parts[0] as Claim;
    const stance = parts.some((part) => part.stance === "denies")
      ? "denies"
      : parts.some((part) => part.stance === "confirms")
        ? "confirms"
        : first.stance;
    const question = parts.every((part) => part.question === true);
    return { claim: { ...first, stance, question }, contents: parts.map((part) => part.content) };
  });
}

/** What a claim says the attribution does: a marked question is a question whatever its stance. */
export function predictedLabel(claim: Claim): StanceLabel {
  return claim.question === true ? "question" : claim.stance;
}

/**
 * Score one article's claims against its stance items. Claims sharing a cue are one attribution
 * (see `attributionsOf`); an item is matched by the attribution sharing most words with it (cue
 * words count double), which must share a cue word or half the content words (Dice ≥ 0.5). Pass
 * all extracted claims, or only those a briefing shows, to score either.
 */
export function scoreStance(
  text: string,
  words: WordIndex,
  claims: Claim[],
  items: StanceItem[],
  tally: StanceTally,
): void {
  const claimWords = attributionsOf(claims).map((group) => ({
    claim: group.claim,
    cue: words.wordsOf([group.claim.cue]),
    content: words.wordsOf(group.contents),
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
