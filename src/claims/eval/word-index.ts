import type { Span } from "../claim.js";

const WORD = /[\p{L}\p{N}]+/gu;

/** The word tokens (letters and digits) of a text, for comparing spans by the words they cover. */
export interface WordIndex {
  /** The set of word indices that a list of spans covers (punctuation and quote marks ignored). */
  wordsOf(spans: readonly Pick<Span, "start" | "end">[]): Set<number>;
}

/** Index the words of `text` once; `wordsOf` then costs a binary search per span. */
export function wordIndex(text: string): WordIndex {
  const starts: number[] = [];
  const ends: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return {
    wordsOf(spans) {
      const out = new Set<number>();
      for (const span of spans) {
        for (let i = lowerBound(ends, span.start + 1); i < starts.length && (starts[i] ?? 0) < span.end; i++)
          out.add(i);
      }
      return out;
    },
  };
}

/** How many members two sets share. */
export function shared(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let n = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) n++;
  return n;
}

function lowerBound(values: number[], target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((values[mid] ?? 0) < target) low = mid + 1;
    else high = mid;
  }
  return low;
}
