import type { ChatAdapter } from "../chat/chat-adapter.js";
import type { Logger } from "../logger.js";
import type { SubscriptionStore } from "../store/subscription-queries.js";
import { parseDestination } from "./parse-destination.js";

/**
 * Say once, at startup, which subscriptions cannot be served because their platform is not
 * configured (a `discord:` schedule without DISCORD_TOKEN, a webhook name with no URL set), one
 * warning per platform naming the settings it needs. Their briefings would fail; better to know now.
 */
export async function reportUnreachableSubscriptions(deps: {
  store: SubscriptionStore;
  adapters: ReadonlyMap<string, ChatAdapter>;
  logger: Logger;
}): Promise<void> {
  const missing = new Map<string, string[]>();
  for (const subscription of await deps.store.listSubscriptions()) {
    const { platform } = parseDestination(subscription.channel);
    if (deps.adapters.has(platform)) continue;
    missing.set(platform, [
      ...(missing.get(platform) ?? []),
      `${subscription.channel} (${subscription.topic})`,
    ]);
  }
  for (const [platform, channels] of missing) {
    deps.logger.warn(
      `${platform} is not configured, so these subscriptions cannot be served: set ${needs(platform)}`,
      {
        platform,
        subscriptions: channels,
      },
    );
  }
}

function needs(platform: string): string {
  switch (platform) {
    case "discord":
      return "DISCORD_TOKEN and DISCORD_APPLICATION_ID";
    case "slack":
      return "SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (and SLACK_APP_TOKEN for Socket Mode)";
    case "discord-webhook":
      return "DISCORD_WEBHOOK_<NAME> for each webhook name";
    case "slack-webhook":
      return "SLACK_WEBHOOK_<NAME> for each webhook name";
    default:
      return `the settings for "${platform}"`;
  }
}
