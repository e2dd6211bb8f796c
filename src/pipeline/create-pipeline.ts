import { loadGazetteer } from "../claims/load-gazetteer.js";
import type { Config } from "../config/config-schema.js";
import type { GuardedFetch } from "../ingest/fetch-result.js";
import { type IngestOptions, type IngestSummary, runIngestCycle } from "../ingest/run-ingest-cycle.js";
import type { Logger } from "../logger.js";
import type { Store } from "../store/store.js";
import { processPendingArticles } from "./process-pending-articles.js";
import { createSpeakerRegistry } from "./speaker-registry.js";

/** The ingest-and-process pipeline, assembled once for `run`, `demo` and `ingest`. */
export interface Pipeline {
  /** One ingest cycle (the due feeds, or all with `all`), with every stored article processed. */
  ingest(
    options?: IngestOptions & { onProgress?: (done: number, total: number) => void },
  ): Promise<IngestSummary & { processed: number }>;
  /** Process whatever is pending (at startup: what a crash or `ingest --once` left); returns how many. */
  processPending(): Promise<number>;
}

/**
 * Build the pipeline: feeds are polled by `runIngestCycle`, and after each feed's batch is stored
 * the pending articles are processed (claims, speakers merged across articles, stories). Processing
 * is single-flight within the process: a batch arriving while one runs is picked up by that run.
 */
export function createPipeline(deps: {
  store: Store;
  config: Pick<Config, "ingest" | "feeds" | "bot">;
  logger: Logger;
  now?: () => Date;
  fetchFeed?: GuardedFetch;
  /** Told how many claims each processed article had (metrics). */
  onProcessed?: (claims: number) => void;
}): Pipeline {
  const processDeps = {
    store: deps.store,
    logger: deps.logger,
    gazetteer: loadGazetteer(),
    speakers: createSpeakerRegistry(deps.store),
    leaseMs: deps.config.ingest.processLeaseSeconds * 1000,
    ...(deps.onProcessed ? { onProcessed: deps.onProcessed } : {}),
    ...(deps.now ? { now: deps.now } : {}),
  };
  let running: Promise<number> | undefined;
  let again = false;
  let processedEver = 0;
  const processPending = async (): Promise<number> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      do {
        again = false;
        total += await processPendingArticles(processDeps);
      } while (again);
      processedEver += total;
      return total;
    })();
    try {
      return await running;
    } finally {
      running = undefined;
    }
  };
  return {
    processPending,
    async ingest(options = {}) {
      const before = processedEver;
      const summary = await runIngestCycle(
        {
          store: deps.store,
          config: deps.config,
          logger: deps.logger,
          ...(deps.now ? { now: deps.now } : {}),
          ...(deps.fetchFeed ? { fetchFeed: deps.fetchFeed } : {}),
          ...(options.onProgress ? { onProgress: options.onProgress } : {}),
          afterStore: async () => void (await processPending()),
        },
        options,
      );
      // Anything a failed afterStore left behind (or another command stored) is taken now.
      await processPending();
      return { ...summary, processed: processedEver - before };
    },
  };
}
