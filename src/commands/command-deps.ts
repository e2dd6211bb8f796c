import type { Gazetteer } from "../claims/gazetteer.js";
import type { Config } from "../config/config-schema.js";
import type { BriefingOrder, EnqueueOutcome } from "../delivery/enqueue-briefing.js";
import type { FeedCheck } from "../ingest/check-feed.js";
import type { Logger } from "../logger.js";
import type { Store } from "../store/store.js";

/**
 * Everything the command handlers use, passed in by the composition root (src/main.ts); nothing
 * here reaches for globals, so tests build the handler on a real store with a fixed clock.
 */
export interface CommandDeps {
  /** Topics, feeds, claims, articles, the briefing ledger, subscriptions and admin changes. */
  store: Store;
  logger: Logger;
  /** Known speakers, their aliases and sides: `/latest` finds speakers by these names. */
  gazetteer: Gazetteer;
  /** The clock (fixed in tests). */
  now: () => Date;
  /**
   * Check a feed once through the address guard, with the ingest settings bound (main.ts:
   * `(url) => checkFeed(url, { ...config.ingest, userAgent: config.bot.userAgent })`).
   */
  checkFeed: (url: string) => Promise<FeedCheck>;
  /**
   * Called after a subscription was added, changed or removed, so the scheduler picks it up at
   * once. Its failure is logged, never shown: the change is stored either way.
   */
  subscriptionsChanged: () => void | Promise<void>;
  /**
   * Put a briefing in the outbox for the sender to post (`/briefing public`): the same path as a
   * scheduled one, with its retries and exactly-once delivery (main.ts: `enqueueBriefing`, then
   * wake the sender).
   */
  queueBriefing: (order: BriefingOrder) => Promise<EnqueueOutcome>;
  /** Ingest settings the commands show or follow (how many failures disable a feed). */
  ingest: Pick<Config["ingest"], "maxFailures">;
  /** How long the list of known speakers is reused before it is topped up (default 5 minutes). */
  speakerCacheMs?: number;
  /**
   * How long `/latest` reuses a workspace's topics, a channel's subscriptions and its own answers
   * (default 5 s; 0: only concurrent identical requests share one). Changes made through this
   * handler clear it at once; new claims and other replicas' changes show within this time.
   */
  settingsCacheMs?: number;
}
