import type { ChatAdapter } from "./chat/chat-adapter.js";
import { createConsoleAdapter } from "./chat/console/console-adapter.js";
import { loadGazetteer } from "./claims/load-gazetteer.js";
import { createCommandHandler } from "./commands/create-command-handler.js";
import type { LoadedConfig } from "./config/load-config.js";
import { deliverScheduledBriefing } from "./delivery/deliver-scheduled-briefing.js";
import { type Metrics, startHttpServer } from "./http.js";
import { runIngestCycle } from "./ingest/run-ingest-cycle.js";
import type { Logger } from "./logger.js";
import { processNewArticles } from "./pipeline/process-new-articles.js";
import { createSpeakerRegistry } from "./pipeline/speaker-registry.js";
import { startIngestLoop } from "./pipeline/start-ingest-loop.js";
import { syncConfigTopics } from "./pipeline/sync-config-topics.js";
import { createScheduler } from "./scheduler.js";
import { openStore } from "./store/open-store.js";

export interface RunningBot {
  /** Stop schedules, adapters and the store, in that order. */
  stop(): Promise<void>;
}

/**
 * The composition root: config → store → adapters → scheduler. The only place that knows which
 * concrete chat clients exist.
 */
export async function startBot(
  loaded: LoadedConfig,
  deps: { logger: Logger; stdout: NodeJS.WritableStream },
): Promise<RunningBot> {
  const { config } = loaded;
  const { logger } = deps;
  const store = await openStore(loaded.databaseUrl, { logger });
  logger.info("store ready", { dialect: store.dialect });
  await syncConfigTopics(store, config.topics, new Date());
  const gazetteer = loadGazetteer();
  const speakers = createSpeakerRegistry(store);

  const adapters = new Map<string, ChatAdapter>([["console", createConsoleAdapter({ stream: deps.stdout })]]);
  const commands = createCommandHandler();
  for (const adapter of adapters.values()) await adapter.start(commands);

  const metrics: Metrics = new Map();
  const count = (name: string, by = 1) => metrics.set(name, (metrics.get(name) ?? 0) + by);
  const http =
    config.bot.httpPort > 0
      ? await startHttpServer({
          port: config.bot.httpPort,
          metrics,
          ready: async () => (await store.countArticles()) >= 0,
        })
      : undefined;

  const scheduler = createScheduler(logger);
  const ingest = async () => {
    const summary = await runIngestCycle({
      store,
      config,
      logger,
      afterStore: (articles) => processNewArticles({ store, gazetteer, logger, speakers }, articles),
    });
    count("ingest_cycles_total");
    count("articles_new_total", summary.newArticles);
    count("feed_failures_total", summary.failed);
    logger.info("ingest cycle done", { ...summary, failures: summary.failures.length });
  };
  for (const [index, schedule] of config.schedules.entries()) {
    scheduler.add(`briefing:${index}:${schedule.channel}`, schedule.cron, schedule.timezone, () =>
      deliverScheduledBriefing({ store, adapters, logger }, schedule, "default"),
    );
  }
  // Only feeds that are due are fetched, so polls stay spread over each feed's interval.
  const ingestLoop = startIngestLoop({ store, logger, runCycle: ingest });

  return {
    async stop() {
      await scheduler.stop();
      await ingestLoop.stop();
      await http?.close();
      for (const adapter of adapters.values()) await adapter.stop();
      await store.close();
    },
  };
}
