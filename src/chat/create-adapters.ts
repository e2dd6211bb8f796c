import type { LoadedConfig } from "../config/load-config.js";
import type { Logger } from "../logger.js";
import type { ChatAdapter } from "./chat-adapter.js";
import { createConsoleAdapter } from "./console/console-adapter.js";
import { createDiscordAdapter } from "./discord/discord-adapter.js";
import { createWebhookAdapter } from "./webhook/webhook-adapter.js";

/**
 * The chat adapters the configuration asks for, by platform: the console always; Discord when
 * DISCORD_TOKEN and DISCORD_APPLICATION_ID are set; Slack when SLACK_BOT_TOKEN and
 * SLACK_SIGNING_SECRET are (Socket Mode with SLACK_APP_TOKEN); webhooks named in the environment.
 * The one place that knows the concrete clients.
 */
export function createAdapters(
  loaded: LoadedConfig,
  deps: { logger: Logger; stdout: NodeJS.WritableStream },
): Map<string, ChatAdapter> {
  const adapters = new Map<string, ChatAdapter>();
  const { env } = loaded;
  adapters.set("console", createConsoleAdapter({ stream: deps.stdout }));
  if (env.DISCORD_TOKEN && env.DISCORD_APPLICATION_ID) {
    adapters.set(
      "discord",
      createDiscordAdapter({
        token: env.DISCORD_TOKEN,
        applicationId: env.DISCORD_APPLICATION_ID,
        ...(env.DISCORD_API_URL ? { apiUrl: env.DISCORD_API_URL } : {}),
        ...(env.DISCORD_PUBLIC_KEY ? { publicKey: env.DISCORD_PUBLIC_KEY } : {}),
        logger: deps.logger,
      }),
    );
  } else if (env.DISCORD_TOKEN || env.DISCORD_APPLICATION_ID) {
    deps.logger.warn("Discord is off: set both DISCORD_TOKEN and DISCORD_APPLICATION_ID");
  }
  if (loaded.webhooks.discord.size > 0) {
    adapters.set(
      "discord-webhook",
      createWebhookAdapter({ kind: "discord", urls: loaded.webhooks.discord, logger: deps.logger }),
    );
  }
  if (loaded.webhooks.slack.size > 0) {
    adapters.set(
      "slack-webhook",
      createWebhookAdapter({ kind: "slack", urls: loaded.webhooks.slack, logger: deps.logger }),
    );
  }
  return adapters;
}
