import type { LoadedConfig } from "../config/load-config.js";
import type { Logger } from "../logger.js";
import type { ChatAdapter } from "./chat-adapter.js";
import { createConsoleAdapter } from "./console/console-adapter.js";
import { createDiscordAdapter } from "./discord/discord-adapter.js";
import { createSlackAdapter } from "./slack/slack-adapter.js";
import { createWebhookAdapter } from "./webhook/webhook-adapter.js";

/**
 * The chat adapters the configuration asks for, by platform: the console always; Discord when
 * DISCORD_TOKEN and DISCORD_APPLICATION_ID are set; Slack when SLACK_BOT_TOKEN is, with
 * SLACK_SIGNING_SECRET (signed HTTP) and/or SLACK_APP_TOKEN (Socket Mode); webhooks named in the environment.
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
  if (env.SLACK_BOT_TOKEN && (env.SLACK_SIGNING_SECRET || env.SLACK_APP_TOKEN)) {
    adapters.set(
      "slack",
      createSlackAdapter({
        botToken: env.SLACK_BOT_TOKEN,
        ...(env.SLACK_SIGNING_SECRET ? { signingSecret: env.SLACK_SIGNING_SECRET } : {}),
        ...(env.SLACK_APP_TOKEN ? { appToken: env.SLACK_APP_TOKEN } : {}),
        ...(env.SLACK_API_URL ? { apiUrl: env.SLACK_API_URL } : {}),
        admins: loaded.config.slack.admins,
        logger: deps.logger,
      }),
    );
    if (!env.SLACK_APP_TOKEN && loaded.httpPort === 0) {
      deps.logger.warn(
        "Slack HTTP mode needs the HTTP server: set PORT (or bot.httpPort), or SLACK_APP_TOKEN for Socket Mode",
      );
    }
  } else if (env.SLACK_BOT_TOKEN || env.SLACK_SIGNING_SECRET || env.SLACK_APP_TOKEN) {
    deps.logger.warn(
      "Slack is off: set SLACK_BOT_TOKEN with SLACK_SIGNING_SECRET (HTTP mode) and/or SLACK_APP_TOKEN (Socket Mode)",
    );
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
