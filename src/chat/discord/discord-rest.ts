import { REST, type RESTOptions } from "discord.js";

/** How the REST client waits and retries; every value explicit, none of discord.js's defaults. */
export interface DiscordRestSettings {
  /** REST base URL without the version ("https://discord.com/api"; a stand-in's in tests). */
  apiUrl?: string;
  /** Abort one request after this long (discord.js default 15 s). */
  timeoutMs?: number;
  /** Immediate retries of a 5xx, timeout or reset connection (discord.js default 3). */
  retries?: number;
  /**
   * A rate limit that would make us wait longer than this rejects with a RateLimitError instead
   * of sleeping inside discord.js (which otherwise waits however long Discord says, minutes
   * included); shorter waits are sat out by discord.js's queue.
   */
  maxRateLimitWaitMs?: number;
}

export const defaultApiUrl = "https://discord.com/api";

/**
 * REST options for both our REST client and the gateway Client's. Retrying a message POST is
 * safe because every message we post carries a nonce with `enforce_nonce`, so Discord returns
 * the first message instead of creating a second.
 */
export function discordRestOptions(settings: DiscordRestSettings): Partial<RESTOptions> {
  const maxWait = settings.maxRateLimitWaitMs ?? 2_000;
  return {
    api: settings.apiUrl ?? defaultApiUrl,
    version: "10",
    timeout: settings.timeoutMs ?? 10_000,
    retries: settings.retries ?? 1,
    rejectOnRateLimit: (limit) => Math.max(limit.retryAfter, limit.timeToReset) > maxWait,
  };
}

/** A REST client with our settings and, when given, the bot token. */
export function createDiscordRest(settings: DiscordRestSettings & { token?: string }): REST {
  const rest = new REST(discordRestOptions(settings));
  if (settings.token !== undefined) rest.setToken(settings.token);
  return rest;
}
