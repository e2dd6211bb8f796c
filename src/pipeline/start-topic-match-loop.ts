import type { Logger } from "../logger.js";
import type { TopicMatchStore } from "../store/topic-match-queries.js";
import { TopicQueryError } from "../topics/topic-query-error.js";
import { backfillTopicMatches } from "./backfill-topic-matches.js";

export interface TopicMatchLoop {
  /** Stop after the page in progress; resolves when it has. */
  stop(): Promise<void>;
}

/**
 * Keep every topic query's verdicts complete: at startup, and whenever a topic query appears
 * (a topic added or edited in chat, on any replica; looked for every `checkMs`), decide the
 * stored articles that have no verdict for it yet. New articles get theirs as they are processed
 * (`matchNewArticles`). Each replica does this for itself; the verdicts are the same whoever
 * decides them, and a verdict kept twice is kept once.
 */
export function startTopicMatchLoop(deps: {
  store: TopicMatchStore;
  logger: Logger;
  checkMs: number;
}): TopicMatchLoop {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;
  const done = new Set<string>();
  const loop = (async () => {
    while (!stopped) {
      let queries: string[] = [];
      try {
        queries = await deps.store.topicQueriesInUse();
      } catch (error) {
        deps.logger.warn("topic verdicts not brought up to date", { error });
      }
      for (const query of queries) {
        if (stopped || done.has(query)) continue;
        const started = Date.now();
        try {
          const kept = await backfillTopicMatches(deps.store, query, () => stopped);
          if (!stopped) done.add(query);
          if (kept > 0)
            deps.logger.info("topic verdicts kept", {
              topicQuery: query,
              articles: kept,
              ms: Date.now() - started,
            });
        } catch (error) {
          // A query that cannot be read is said once; a store outage is tried again at the next
          // check, and the verdicts kept so far stay.
          if (error instanceof TopicQueryError) done.add(query);
          deps.logger.warn("topic verdicts not brought up to date", { topicQuery: query, error });
        }
      }
      if (stopped) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
        timer = setTimeout(resolve, deps.checkMs);
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
