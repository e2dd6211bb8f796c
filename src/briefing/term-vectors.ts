/** A story's salient terms as a sparse vector. */
export interface TermVector {
  /** Term ids, ascending. */
  ids: Int32Array;
  /** Weight of each term (boost × IDF). */
  weights: Float64Array;
  /** Euclidean norm of `weights` (1 for an empty vector). */
  norm: number;
}

// Small windows make every shared word look common; IDF is computed as if at least this many stories.
const minDocuments = 20;
// Why not zero: a topic word can still tell events apart ("ceasefire" in one, not in another).
const topicDiscount = 0.4;
const minWeight = 0.1;

/**
 * Turns term maps (term → boost) into vectors weighted by each term's rarity among `termMaps`
 * (IDF), topic terms discounted, terms of negligible weight left out.
 */
export function termWeighting(
  termMaps: Map<string, number>[],
  topicTerms: Set<string>,
): (terms: Map<string, number>) => TermVector {
  const ids = new Map<string, number>();
  const frequency: number[] = [];
  for (const terms of termMaps) {
    for (const term of terms.keys()) {
      let id = ids.get(term);
      if (id === undefined) {
        id = ids.size;
        ids.set(term, id);
        frequency.push(0);
      }
      frequency[id] = (frequency[id] ?? 0) + 1;
    }
  }
  const documents = Math.max(termMaps.length, minDocuments);
  return (terms) => {
    const entries: { id: number; weight: number }[] = [];
    for (const [term, boost] of terms) {
      const id = ids.get(term);
      // A term no unit has cannot be shared; it only dilutes the cosine.
      if (id === undefined) continue;
      const idf = Math.log((documents + 1) / ((frequency[id] ?? 0) + 0.5));
      const weight = boost * idf * (topicTerms.has(term) ? topicDiscount : 1);
      // A term nearly every story has moves no cosine; leaving it out keeps the dot products short.
      if (weight >= minWeight) entries.push({ id, weight });
    }
    entries.sort((a, b) => a.id - b.id);
    const weights = Float64Array.from(entries, (entry) => entry.weight);
    const norm = Math.sqrt(weights.reduce((sum, weight) => sum + weight * weight, 0)) || 1;
    return { ids: Int32Array.from(entries, (entry) => entry.id), weights, norm };
  };
}

/** Cosine similarity of two vectors. */
export function cosine(a: TermVector, b: TermVector): number {
  let dot = 0;
  let x = 0;
  let y = 0;
  while (x < a.ids.length && y < b.ids.length) {
    const left = a.ids[x] ?? 0;
    const right = b.ids[y] ?? 0;
    if (left === right) {
      dot += (a.weights[x] ?? 0) * (b.weights[y] ?? 0);
      x += 1;
      y += 1;
    } else if (left < right) x += 1;
    else y += 1;
  }
  return dot / (a.norm * b.norm);
}
