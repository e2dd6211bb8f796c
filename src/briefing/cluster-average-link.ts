/**
 * Average-link agglomerative clustering over a symmetric similarity matrix (`size` × `size`,
 * row-major): repeatedly join the two clusters whose members are most alike on average, while that
 * average is at least `threshold`. Returns clusters as lists of item indices, each ascending,
 * ordered by their first item.
 *
 * Cost: O(n²) to start, then O(n) per join plus O(n) for each cluster whose nearest neighbour was
 * one of the joined pair; with few joins (a conservative threshold) it stays close to O(n²).
 */
export function clusterAverageLink(similarity: Float32Array, size: number, threshold: number): number[][] {
  const members: (number[] | null)[] = Array.from({ length: size }, (_, index) => [index]);
  // Lance–Williams: the average similarity to a joined cluster is the size-weighted mean of the two.
  const matrix = similarity.slice();
  const best = new Int32Array(size).fill(-1);
  const bestScore = new Float32Array(size).fill(-Infinity);
  const refresh = (row: number) => {
    best[row] = -1;
    bestScore[row] = -Infinity;
    for (let column = 0; column < size; column += 1) {
      if (column === row || members[column] === null) continue;
      const score = matrix[row * size + column] ?? 0;
      if (score > (bestScore[row] ?? -Infinity)) {
        best[row] = column;
        bestScore[row] = score;
      }
    }
  };
  for (let row = 0; row < size; row += 1) refresh(row);
  for (;;) {
    let left = -1;
    for (let row = 0; row < size; row += 1) {
      if (members[row] !== null && (left < 0 || (bestScore[row] ?? 0) > (bestScore[left] ?? 0))) left = row;
    }
    const right = left < 0 ? -1 : (best[left] ?? -1);
    if (left < 0 || right < 0 || (bestScore[left] ?? 0) < threshold) break;
    const a = members[left] ?? [];
    const b = members[right] ?? [];
    for (let other = 0; other < size; other += 1) {
      if (other === left || other === right || members[other] === null) continue;
      const joined =
        ((matrix[left * size + other] ?? 0) * a.length + (matrix[right * size + other] ?? 0) * b.length) /
        (a.length + b.length);
      matrix[left * size + other] = joined;
      matrix[other * size + left] = joined;
    }
    members[left] = [...a, ...b];
    members[right] = null;
    for (let row = 0; row < size; row += 1) {
      if (members[row] === null) continue;
      const pointed = best[row] === left || best[row] === right;
      if (row === left || pointed) refresh(row);
      else if ((matrix[row * size + left] ?? 0) > (bestScore[row] ?? 0)) {
        best[row] = left;
        bestScore[row] = matrix[row * size + left] ?? 0;
      }
    }
  }
  return members
    .filter((cluster): cluster is number[] => cluster !== null)
    .map((cluster) => cluster.sort((x, y) => x - y))
    .sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));
}
