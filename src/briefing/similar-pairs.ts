import type { TermVector } from "./term-vectors.js";

// Past this many stories, only pairs sharing a term at most this share of stories have are compared.
const blockingFrom = 150;
const distinctiveShare = 0.2;

/**
 * Cosine similarities of story pairs, those above zero. In a large window only pairs that share a
 * distinctive term (one at most a fifth of the stories have) are compared; the others are taken as
 * unrelated, which only makes joining more conservative.
 */
export function similarPairs(vectors: TermVector[]): { left: number[]; right: number[]; values: number[] } {
  const size = vectors.length;
  const pairs = { left: [] as number[], right: [] as number[], values: [] as number[] };
  let vocabulary = 0;
  for (const vector of vectors) for (const id of vector.ids) if (id >= vocabulary) vocabulary = id + 1;
  const candidates = size > blockingFrom ? candidatePairs(vectors, vocabulary) : null;
  // Why a dense row: one vector spread out makes each dot product a plain loop over the other's terms.
  const row = new Float64Array(vocabulary);
  for (let i = 0; i < size; i += 1) {
    const a = vectors[i];
    if (a === undefined) continue;
    for (let k = 0; k < a.ids.length; k += 1) row[a.ids[k] ?? 0] = (a.weights[k] ?? 0) / a.norm;
    const others = candidates?.[i];
    const count = others === undefined ? size : others.length;
    for (let n = 0; n < count; n += 1) {
      const j = others === undefined ? n : (others[n] ?? 0);
      const b = vectors[j];
      if (j <= i || b === undefined) continue;
      let dot = 0;
      for (let k = 0; k < b.ids.length; k += 1) dot += (row[b.ids[k] ?? 0] ?? 0) * (b.weights[k] ?? 0);
      if (dot <= 0) continue;
      pairs.left.push(i);
      pairs.right.push(j);
      pairs.values.push(dot / b.norm);
    }
    for (let k = 0; k < a.ids.length; k += 1) row[a.ids[k] ?? 0] = 0;
  }
  return pairs;
}

/** For each story, the later stories it shares a distinctive term with (each listed once). */
function candidatePairs(vectors: TermVector[], vocabulary: number): number[][] {
  const postings: number[][] = Array.from({ length: vocabulary }, () => []);
  vectors.forEach((vector, index) => {
    for (const id of vector.ids) postings[id]?.push(index);
  });
  const maxPostings = Math.max(2, Math.floor(vectors.length * distinctiveShare));
  const seen = new Int32Array(vectors.length).fill(-1);
  return vectors.map((vector, index) => {
    const pairs: number[] = [];
    for (const id of vector.ids) {
      const list = postings[id] ?? [];
      if (list.length > maxPostings) continue;
      for (const other of list) {
        if (other > index && seen[other] !== index) {
          seen[other] = index;
          pairs.push(other);
        }
      }
    }
    return pairs;
  });
}
