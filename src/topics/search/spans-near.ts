import type { WordSpan } from "./find-words.js";
import { isWordAt } from "./is-word-at.js";

/**
 * Whether some span of `left` and some span of `right` are at most `within` words apart in `text`:
 * 1 when adjacent ("peace plan"), 2 with one word between ("plan for peace"), either order;
 * overlapping spans count as together. Each list holds the occurrences of one spelling, so both
 * starts and ends ascend. For each left span only the nearest right span on either side can be the
 * closest, so the cost is linear in the spans, and a gap is only read until it holds too many words.
 */
export function spansNear(text: string, left: WordSpan[], right: WordSpan[], within: number): boolean {
  let next = 0;
  for (const span of left) {
    // `next`: the first right span that ends after this left span starts.
    while (next < right.length && (right[next] as WordSpan).end <= span.start) next += 1;
    const before = right[next - 1];
    if (before !== undefined && wordDistance(text, before.end, span.start, within) <= within) return true;
    const after = right[next];
    if (after === undefined) continue;
    if (after.start < span.end) return true;
    if (wordDistance(text, span.end, after.start, within) <= within) return true;
  }
  return false;
}

/** 1 + the words in `text` between `from` and `to`, counting no further than just past `limit`. */
function wordDistance(text: string, from: number, to: number, limit: number): number {
  let distance = 1;
  let inWord = false;
  for (let at = from; at < to; at += 1) {
    const word = isWordAt(text, at);
    if (word && !inWord) {
      distance += 1;
      if (distance > limit) return distance;
    }
    inWord = word;
  }
  return distance;
}
