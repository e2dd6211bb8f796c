import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { ChatAdapter } from "./chat/chat-adapter.js";
import { createAdapters } from "./chat/create-adapters.js";
import { holdChatSessions } from "./chat/hold-chat-sessions.js";
import { loadGazetteer } from "./claims/load-gazetteer.js";
import type { CommandHandler } from "./commands/command-handler.js";
import { createCommandHandler } from "./commands/create-command-handler.js";
import { createThreadedHandler } from "./commands/thread/threaded-handler.js";
import type { LoadedConfig } from "./config/load-config.js";
import { deliverDueBriefings } from "./delivery/deliver-due-briefings.js";
import { enqueueBriefing } from "./delivery/enqueue-briefing.js";
import { reportUnreachableSubscriptions } from "./delivery/report-unreachable-subscriptions.js";
import { scheduleSubscriptions } from "./delivery/schedule-subscriptions.js";
import { startDeliveryLoop } from "./delivery/start-delivery-loop.js";
import { syncConfigSchedules } from "./delivery/sync-config-schedules.js";
import { checkFeed } from "./ingest/check-feed.js";
import type { Logger } from "./logger.js";
import { createMetrics } from "./metrics.js";
import { createPipeline } from "./pipeline/create-pipeline.js";
import { startIngestLoop } from "./pipeline/start-ingest-loop.js";
import { startTopicMatchLoop } from "./pipeline/start-topic-match-loop.js";
import { syncConfigTopics } from "./pipeline/sync-config-topics.js";
import { createScheduler } from "./scheduler.js";
import { startBotHttp } from "./start-bot-http.js";
import { openStore, sqliteLocation } from "./store/open-store.js";

export interface RunningBot {
  /** The HTTP port bound, when the HTTP server runs. */
  httpPort: number | undefined;
  /** Stop taking work, finish what is in flight, close adapters and the store, in that order. */
  stop(): Promise<void>;
}

/**
 * The composition root: config → store → pipeline → adapters → commands → scheduler → HTTP.
 * Knows which concrete chat clients exist only through `createAdapters`.
 */
export async function startBot(
  loaded: LoadedConfig,
  deps: { logger: Logger; stdout: NodeJS.WritableStream },
): Promise<RunningBot> {
  const { config } = loaded;
  const { logger } = deps;
  const owner = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const store = await openStore(loaded.databaseUrl, { logger });
  logger.info("store ready", { dialect: store.dialect });
  const now = new Date();
  await syncConfigTopics(store, config.topics, now);
  await syncConfigSchedules(store, config.schedules, now);
  const metrics = createMetrics(() => store.countBriefingsByStatus());
  const pipeline = createPipeline({
    store,
    config,
    logger,
    onProcessed: (claims) => {
      metrics.articlesProcessed.inc();
      metrics.claimsExtracted.inc(claims);
    },
  });
  const adapters = createAdapters(loaded, deps);
  await reportUnreachableSubscriptions({ store, adapters, logger });

  const delivery = startDeliveryLoop({
    logger,
    deliver: () =>
      deliverDueBriefings({
        store,
        adapters,
        logger,
        owner,
        leaseMs: config.delivery.leaseSeconds * 1000,
        retry: {
          maxAttempts: config.delivery.maxAttempts,
          baseDelayMs: config.delivery.retryBaseSeconds * 1000,
          maxDelayMs: config.delivery.retryMaxSeconds * 1000,
        },
        onOutcome: (outcome, briefing) => {
          metrics.briefings.inc({ event: outcome.kind === "sent" && outcome.found ? "found" : outcome.kind });
          if (outcome.kind === "sent") {
            metrics.deliveryLatency.observe(Math.max(0, (Date.now() - Date.parse(briefing.slot)) / 1000));
          }
        },
      }),
  });
  const scheduler = createScheduler(logger);
  const subscriptions = scheduleSubscriptions({
    store,
    scheduler,
    logger,
    syncEveryMs: config.delivery.syncSeconds * 1000,
    onSlot: async (subscription, slot) => {
      const outcome = await enqueueBriefing(
        { store, logger },
        { ...subscription, subscriptionId: subscription.id, slot },
      );
      if (outcome.kind === "unknown_topic") {
        logger.warn("subscription names an unknown topic", {
          subscription: subscription.id,
          topic: subscription.topic,
        });
      } else if (outcome.kind === "queued") {
        metrics.briefings.inc({ event: "composed" });
        metrics.briefings.inc({ event: "superseded" }, outcome.superseded.length);
        delivery.wake();
      }
    },
  });
  const handler = createCommandHandler({
    store,
    logger,
    gazetteer: loadGazetteer(),
    now: () => new Date(),
    // The address guard and caps of ingest apply to a feed an admin adds from chat.
    checkFeed: (url) => checkFeed(url, { ...config.ingest, userAgent: config.bot.userAgent }),
    // The scheduler picks up a subscription made or removed here at once, not at the next sync.
    subscriptionsChanged: () => subscriptions.sync(),
    queueBriefing: async (order) => {
      const outcome = await enqueueBriefing({ store, logger }, order);
      if (outcome.kind === "queued") delivery.wake();
      return outcome;
    },
    ingest: config.ingest,
  });
  // An in-memory SQLite store exists in this thread only: no other thread could read it.
  const threaded =
    config.bot.commandThreads > 0 && sqliteLocation(loaded.databaseUrl) !== ":memory:"
      ? createThreadedHandler(handler, {
          threads: config.bot.commandThreads,
          databaseUrl: loaded.databaseUrl,
          maxFailures: config.ingest.maxFailures,
          logger,
        })
      : undefined;
  const answering: CommandHandler = threaded ?? handler;
  const commands: CommandHandler = {
    async handle(request) {
      const done = metrics.commandLatency.startTimer({ command: request.command });
      try {
        return await answering.handle(request);
      } finally {
        done();
      }
    },
    complete: (request) => handler.complete(request),
  };
  const started: ChatAdapter[] = [];
  for (const adapter of adapters.values()) {
    await adapter.start(commands);
    started.push(adapter);
  }
  // The gateway and Socket Mode connection live on one replica at a time; posting works everywhere.
  const sessions = holdChatSessions({
    store,
    owner,
    logger,
    sessions: started.flatMap((adapter) =>
      adapter.session ? [{ platform: adapter.platform, session: adapter.session }] : [],
    ),
  });

  const http = await startBotHttp({ loaded, store, adapters, metrics, logger });

  // What a crash or `ingest --once` left unprocessed is taken first, then feeds as they fall due.
  const processed = await pipeline.processPending();
  if (processed > 0) logger.info("processed pending articles", { articles: processed });
  const ingestLoop = startIngestLoop({
    store,
    logger,
    runCycle: async () => {
      const summary = await pipeline.ingest();
      metrics.feedFetches.inc({ outcome: "ok" }, summary.ok);
      metrics.feedFetches.inc({ outcome: "not_modified" }, summary.notModified);
      metrics.feedFetches.inc({ outcome: "failed" }, summary.failed);
      metrics.articlesStored.inc(summary.newArticles + summary.seededArticles);
      logger.info("ingest cycle done", { ...summary, failures: summary.failures.length });
    },
  });
  const topicMatches = startTopicMatchLoop({ store, logger, checkMs: config.delivery.syncSeconds * 1000 });
  await subscriptions.sync();

  return {
    httpPort: http?.port,
    async stop() {
      subscriptions.stop();
      await scheduler.stop();
      await ingestLoop.stop();
      await topicMatches.stop();
      await delivery.stop();
      await sessions.stop();
      for (const adapter of started.reverse()) {
        await adapter.stop().catch((error: unknown) => logger.warn("adapter stop failed", { error }));
      }
      await threaded?.close();
      await http?.close();
      await store.close();
    },
  };
}
