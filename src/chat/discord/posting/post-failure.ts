import { DiscordAPIError, HTTPError, RateLimitError } from "discord.js";
import type { PostResult } from "../../chat-adapter.js";

/** Discord's JSON error codes we can explain to a person. */
const explained: Record<number, string> = {
  10003: "unknown channel: it was deleted, or the id is not a channel",
  50001: "missing access: the bot cannot see this channel (invite it, or give it View Channel there)",
  50013: "missing permissions: the bot needs Send Messages and Embed Links in this channel",
  50035: "Discord refused the message as invalid",
};

/**
 * What a failed request means for the outbox: a rate limit or a passing failure (5xx after
 * discord.js's retry, timeout, reset connection) is `failed` and retried later; a refusal
 * (400, 401, 403, 404: unknown channel, missing access or permission) is `rejected` for good.
 */
export function postFailure(error: unknown, what: string): Exclude<PostResult, { kind: "sent" }> {
  if (error instanceof RateLimitError) {
    const retryAfterMs = Math.ceil(Math.max(error.retryAfter, error.timeToReset));
    return { kind: "failed", reason: `${what}: rate limited by Discord (${error.route})`, retryAfterMs };
  }
  if (error instanceof DiscordAPIError) {
    if (error.status === 429 || error.status >= 500) {
      return { kind: "failed", reason: `${what}: Discord answered ${error.status}` };
    }
    const known = typeof error.code === "number" ? explained[error.code] : undefined;
    const reason =
      error.status === 401
        ? "the bot token was rejected (401): set a valid DISCORD_TOKEN"
        : (known ?? error.message);
    return { kind: "rejected", reason: `${what}: ${reason}`, status: error.status };
  }
  if (error instanceof HTTPError) {
    return { kind: "failed", reason: `${what}: Discord answered ${error.status}` };
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { kind: "failed", reason: `${what}: ${message}` };
}
