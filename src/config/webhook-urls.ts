import { ConfigError } from "./config-error.js";

/** Post-only webhook URLs by name, per platform; secrets, never logged. */
export interface WebhookUrls {
  discord: ReadonlyMap<string, string>;
  slack: ReadonlyMap<string, string>;
}

const webhookVariable = /^(DISCORD|SLACK)_WEBHOOK_([A-Z0-9_]+)$/;

/**
 * Webhooks named in the environment: `DISCORD_WEBHOOK_TEAM=https://…` is the destination
 * "discord-webhook:team" (`_` in the variable is `-` or `_` in the name: TEAM_A serves team-a and team_a).
 * A variable that is set but not an http(s) URL stops startup, naming the variable (not its value).
 */
export function readWebhookUrls(env: NodeJS.ProcessEnv): WebhookUrls {
  const discord = new Map<string, string>();
  const slack = new Map<string, string>();
  for (const [key, raw] of Object.entries(env)) {
    const match = webhookVariable.exec(key);
    const value = raw?.trim();
    if (!match || !value) continue;
    if (!/^https?:\/\//i.test(value) || !URL.canParse(value)) {
      throw new ConfigError(`environment:\n  ${key}: expected an http(s) webhook URL`);
    }
    const name = (match[2] ?? "").toLowerCase();
    const target = match[1] === "DISCORD" ? discord : slack;
    target.set(name, value);
    target.set(name.replaceAll("_", "-"), value);
  }
  return { discord, slack };
}
