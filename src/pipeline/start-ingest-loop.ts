import type { Logger } from "../logger.js";
import type { Store } from "../store/store.js";

export interface IngestLoop {
  /** Stop after the cycle in progress, if any; resolves when it has finished. */
  stop(): Promise<void>;
}

const minWaitMs = 1_000;
const maxWaitMs = 60_000;

/**
 * Run ingest cycles back to back, each time sleeping until the next feed is due (between 1 s and
 * 1 min). Cycles never overlap, and a failing cycle is logged and followed by the next one.
 */
export function startIngestLoop(deps: {
  store: Store;
  logger: Logger;
  runCycle: () => Promise<void>;
}): IngestLoop {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;
  const loop = (async () => {
    while (!stopped) {
      try {
        await deps.runCycle();
      } catch (error) {
        deps.logger.error("ingest cycle failed", { error });
      }
      if (stopped) break;
      const waitMs = await untilNextDue(deps.store).catch(() => maxWaitMs);
      await new Promise<void>((resolve) => {
        wake = resolve;
        timer = setTimeout(resolve, waitMs);
      });
    }
  })();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      wake?.();
      await loop;
    },
  };
}

async function untilNextDue(store: Store): Promise<number> {
  const active = (await store.listFeeds()).filter((feed) => feed.disabledReason === null);
  const next = Math.min(...active.map((feed) => Date.parse(feed.nextPollAt)));
  if (!Number.isFinite(next)) return maxWaitMs;
  return Math.min(maxWaitMs, Math.max(minWaitMs, next - Date.now()));
}
