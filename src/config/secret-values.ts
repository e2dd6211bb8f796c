import type { LoadedConfig } from "./load-config.js";

/**
 * Every secret value this process was given (chat tokens, the signing secret, webhook URLs), for
 * the logger to mask wherever one turns up. Credentials inside URLs are masked by pattern anyway.
 */
export function secretValues(loaded: Pick<LoadedConfig, "env" | "webhooks">): string[] {
  const { env } = loaded;
  const values = [env.DISCORD_TOKEN, env.SLACK_BOT_TOKEN, env.SLACK_SIGNING_SECRET, env.SLACK_APP_TOKEN];
  for (const urls of [loaded.webhooks.discord, loaded.webhooks.slack]) values.push(...urls.values());
  return [...new Set(values.filter((value): value is string => value !== undefined && value !== ""))];
}
