import { type ProcessDeps, processNewArticles } from "./process-new-articles.js";

/** Articles taken per round: small enough that a crash loses little work, large enough for story matching. */
const batchSize = 100;
/** How long a replica holds the articles it took, by default; a dead replica's are taken again after this. */
const defaultLeaseMs = 60_000;

/**
 * Process every article still pending, whichever command or replica stored it: take a batch with
 * a lease, extract claims and stories, mark it processed, until none is left. Articles another
 * replica holds are skipped; ones that fail stay pending and come back when their lease ends.
 * Returns how many were processed.
 */
export async function processPendingArticles(
  deps: ProcessDeps & { now?: () => Date; leaseMs?: number },
): Promise<number> {
  const leaseMs = deps.leaseMs ?? defaultLeaseMs;
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
