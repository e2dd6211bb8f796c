/** murmur3's 32-bit finaliser: a fast, well-mixed permutation of 32-bit integers. */
function mix32(value: number): number {
  let h = value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the UTF-16 code units of a string, 32 bits. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const seedCache = new Map<number, Uint32Array>();

// Fixed seeds: fingerprints written today must compare with fingerprints written next year.
function seeds(count: number): Uint32Array {
  let cached = seedCache.get(count);
  if (!cached) {
    cached = new Uint32Array(count);
    for (let i = 0; i < count; i += 1) cached[i] = mix32(Math.imul(i + 1, 0x9e3779b9));
    seedCache.set(count, cached);
  }
  return cached;
}

/**
 * MinHash signature of a set of hashed items: for each of `count` hash functions, the minimum
 * hash over the set. The share of equal slots between two signatures estimates the Jaccard
 * similarity of the sets. An empty set gives all slots 0xffffffff.
 */
export function minHash(items: Iterable<number>, count: number): Uint32Array {
  const signature = new Uint32Array(count).fill(0xffffffff);
  const functionSeeds = seeds(count);
  for (const item of items) {
    for (let i = 0; i < count; i += 1) {
      const value = mix32(item ^ (functionSeeds[i] ?? 0));
      if (value < (signature[i] ?? 0)) signature[i] = value;
    }
  }
  return signature;
}

/** Share of slots where two signatures agree: the Jaccard estimate. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const length = Math.min(a.length, b.length);
  if (length === 0) return 0;
  let equal = 0;
  for (let i = 0; i < length; i += 1) if (a[i] === b[i]) equal += 1;
  return equal / length;
}
