import type { ChatAdapter } from "./chat/chat-adapter.js";
import type { LoadedConfig } from "./config/load-config.js";
import { type HttpServer, startHttpServer } from "./http.js";
import type { Logger } from "./logger.js";
import type { BotMetrics } from "./metrics.js";
import type { ArticleStore } from "./store/article-queries.js";

/**
 * The bot's HTTP server when a port is set (PORT or bot.httpPort): the adapters' routes, metrics,
 * and readiness — ready when the store answers and every adapter can post.
 */
export async function startBotHttp(deps: {
  loaded: LoadedConfig;
  store: Pick<ArticleStore, "countPendingArticles">;
  adapters: ReadonlyMap<string, ChatAdapter>;
  metrics: BotMetrics;
  logger: Logger;
}): Promise<HttpServer | undefined> {
  const { loaded, adapters, metrics, logger } = deps;
  if (loaded.httpPort === 0) return undefined;
  const http = await startHttpServer({
    port: loaded.httpPort,
    host: loaded.httpHost,
    logger,
    routes: [...adapters.values()].flatMap((adapter) => adapter.httpRoutes ?? []),
    metrics: async () => ({
      contentType: metrics.registry.contentType,
      body: await metrics.registry.metrics(),
    }),
    notReady: async () => {
      const reasons: string[] = [];
      // A cheap indexed count: it answers only when the store does.
      await deps.store
        .countPendingArticles()
        .catch((error: Error) => reasons.push(`store unreachable: ${error.message}`));
      for (const adapter of adapters.values()) {
        if (!adapter.isReady()) reasons.push(`${adapter.platform} is not connected`);
      }
      return reasons;
    },
  });
  logger.info("http listening", { host: loaded.httpHost, port: http.port });
  return http;
}
