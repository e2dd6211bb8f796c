/** Remembers the last ids seen, to tell a first delivery from a repeat. */
export interface RecentIds {
  /** True the first time an id is seen (among the last `limit`); false for a repeat. */
  firstTime(id: string): boolean;
}

/** A bounded set: the oldest id is forgotten once `limit` are kept. */
export function createRecentIds(limit = 1000): RecentIds {
  const seen = new Set<string>();
  return {
    firstTime(id) {
      if (seen.has(id)) return false;
      seen.add(id);
      // A Set iterates in insertion order, so its first value is the oldest.
      if (seen.size > limit) seen.delete(seen.values().next().value ?? id);
      return true;
    },
  };
}
