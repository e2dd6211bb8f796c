import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/** What the bot counts, exposed on /metrics in Prometheus format. One registry per running bot. */
export interface BotMetrics {
  registry: Registry;
  /** Feed polls by outcome: ok, not_modified, failed. */
  feedFetches: Counter<"outcome">;
  /** Articles stored (announced or seeded). */
  articlesStored: Counter;
  /** Articles processed (claims and story computed). */
  articlesProcessed: Counter;
  /** Claims extracted from processed articles. */
  claimsExtracted: Counter;
  /** Briefings by event: composed, sent, found (already posted before a crash), retried, failed, rejected, superseded. */
  briefings: Counter<"event">;
  /** Seconds from a briefing's scheduled slot to the platform accepting it. */
  deliveryLatency: Histogram;
  /** Seconds a slash command took, by command. */
  commandLatency: Histogram<"command">;
  /** Outbox rows by status, read from the store at scrape time. */
  outbox: Gauge<"status">;
}

/**
 * Create the bot's metrics. `outboxCounts` is asked at scrape time (so every replica reports the
 * shared outbox as it is); when it fails the gauge keeps its last values.
 */
export function createMetrics(outboxCounts: () => Promise<Record<string, number>>): BotMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "newsbrief_" });
  const registers = [registry];
  return {
    registry,
    feedFetches: new Counter({
      name: "newsbrief_feed_fetches_total",
      help: "Feed polls by outcome (ok, not_modified, failed)",
      labelNames: ["outcome"],
      registers,
    }),
    articlesStored: new Counter({
      name: "newsbrief_articles_stored_total",
      help: "Articles stored",
      registers,
    }),
    articlesProcessed: new Counter({
      name: "newsbrief_articles_processed_total",
      help: "Articles whose claims and story were computed",
      registers,
    }),
    claimsExtracted: new Counter({
      name: "newsbrief_claims_extracted_total",
      help: "Claims extracted",
      registers,
    }),
    briefings: new Counter({
      name: "newsbrief_briefings_total",
      help: "Briefings by event (composed, sent, found, retried, failed, rejected, superseded)",
      labelNames: ["event"],
      registers,
    }),
    deliveryLatency: new Histogram({
      name: "newsbrief_delivery_latency_seconds",
      help: "From a briefing's scheduled slot to the platform accepting it",
      buckets: [0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600],
      registers,
    }),
    commandLatency: new Histogram({
      name: "newsbrief_command_latency_seconds",
      help: "Slash command handling time by command",
      labelNames: ["command"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    }),
    outbox: new Gauge({
      name: "newsbrief_outbox_briefings",
      help: "Outbox briefings by status",
      labelNames: ["status"],
      registers,
      async collect() {
        try {
          for (const [status, count] of Object.entries(await outboxCounts())) this.set({ status }, count);
        } catch {
          // The store is unreachable: /readyz says so; the gauge keeps what it last knew.
        }
      },
    }),
  };
}
