import { type ProcessDeps, processNewArticles } from "./process-new-articles.js";

/** Articles taken per round: small enough that a crash loses little work, large enough for story matching. */
const batchSize = 200;
/** How long a replica holds the articles it took; a dead replica's articles are taken again after this. */
const leaseMs = 10 * 60 * 1000;

/**
 * Process every article still pending, whichever command or replica stored it: take a batch with
 * a lease, extract claims and stories, mark it processed, until none is left. Articles another
 * replica holds are skipped; ones that fail stay pending and come back when their lease ends.
 * Returns how many were processed.
 */
export async function processPendingArticles(deps: ProcessDeps & { now?: () => Date }): Promise<number> {
  const now = deps.now ?? (() => new Date());
  let total = 0;
  for (;;) {
    const at = now();
    const batch = await deps.store.claimPendingArticles({
      limit: batchSize,
      now: at.toISOString(),
      leaseUntil: new Date(at.getTime() + leaseMs).toISOString(),
    });
    if (batch.length === 0) return total;
    total += (await processNewArticles(deps, batch)).length;
  }
}
