/**
 * Average-link agglomerative clustering over a symmetric similarity matrix (`size` × `size`,
 * row-major, overwritten as clusters join): repeatedly join the two clusters whose members are most alike on average, while that
 * average is at least `threshold`. Returns clusters as lists of item indices, each ascending,
 * ordered by their first item.
 *
 * Cost: O(n²) to start, then O(a) per join, where a is the number of clusters still alike to some
 * other cluster at the threshold: a cluster whose every similarity is below it can never join
 * again (a joined cluster's similarity is a mean of similarities below the threshold), so it leaves
 * the work list for good.
 */
export function clusterAverageLink(similarity: Float32Array, size: number, threshold: number): number[][] {
  const members: number[][] = Array.from({ length: size }, (_, index) => [index]);
  const alive = new Uint8Array(size).fill(1);
  // Lance–Williams: the average similarity to a joined cluster is the size-weighted mean of the two.
  const matrix = similarity;
  const best = new Int32Array(size).fill(-1);
  const bestScore = new Float64Array(size).fill(Number.NEGATIVE_INFINITY);
  let active = new Int32Array(size);
  let activeCount = 0;
  let next = new Int32Array(size);
  // Plain indexed loops over typed arrays: this is the hot loop of event grouping.
  const refresh = (row: number, candidates: Int32Array, count: number) => {
    let column = -1;
    let score = Number.NEGATIVE_INFINITY;
    const offset = row * size;
    for (let n = 0; n < count; n += 1) {
      const other = candidates[n] as number;
      if (other === row || alive[other] === 0) continue;
      const value = matrix[offset + other] as number;
      if (value > score) {
        score = value;
        column = other;
      }
    }
    best[row] = column;
    bestScore[row] = score;
  };
  const everyone = Int32Array.from({ length: size }, (_, index) => index);
  for (let row = 0; row < size; row += 1) {
    refresh(row, everyone, size);
    if ((bestScore[row] as number) >= threshold) active[activeCount++] = row;
  }
  for (;;) {
    let left = -1;
    let top = Number.NEGATIVE_INFINITY;
    for (let n = 0; n < activeCount; n += 1) {
      const row = active[n] as number;
      if ((bestScore[row] as number) > top) {
        top = bestScore[row] as number;
        left = row;
      }
    }
    const right = left < 0 ? -1 : (best[left] as number);
    if (left < 0 || right < 0 || top < threshold) break;
    const a = (members[left] as number[]).length;
    const b = (members[right] as number[]).length;
    for (let n = 0; n < activeCount; n += 1) {
      const other = active[n] as number;
      if (other === left || other === right) continue;
      const joined =
        ((matrix[left * size + other] as number) * a + (matrix[right * size + other] as number) * b) /
        (a + b);
      matrix[left * size + other] = joined;
      matrix[other * size + left] = joined;
    }
    members[left] = (members[left] as number[]).concat(members[right] as number[]);
    alive[right] = 0;
    let nextCount = 0;
    for (let n = 0; n < activeCount; n += 1) {
      const row = active[n] as number;
      if (alive[row] === 0) continue;
      if (row === left || best[row] === left || best[row] === right) refresh(row, active, activeCount);
      else if ((matrix[row * size + left] as number) > (bestScore[row] as number)) {
        best[row] = left;
        bestScore[row] = matrix[row * size + left] as number;
      }
      if ((bestScore[row] as number) >= threshold) next[nextCount++] = row;
    }
    // Swap buffers: the rows still alike to some cluster are the next round's work list.
    [active, next] = [next, active];
    activeCount = nextCount;
  }
  const clusters: number[][] = [];
  for (let index = 0; index < size; index += 1) {
    if (alive[index] === 1) clusters.push((members[index] as number[]).sort((x, y) => x - y));
  }
  return clusters.sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));
}
