import { webApi } from "@slack/bolt";
import { z } from "zod";
import type { PostResult } from "../chat-adapter.js";

/** The parts of a WebClient error we act on (`WebAPIPlatformError`, `…RateLimitedError`, …). */
const webApiError = z.object({
  code: z.string(),
  message: z.string().optional(),
  data: z.object({ error: z.string(), needed: z.string().optional() }).optional(),
  retryAfter: z.number().optional(),
  statusCode: z.number().optional(),
});

/** Slack errors that will not pass by retrying, in words an admin can act on. */
const refusals: Readonly<Record<string, string>> = {
  channel_not_found: "Slack channel not found: check the channel id, or whether the channel was deleted",
  not_in_channel: "the bot is not a member of this channel: invite it with /invite @newsbrief",
  is_archived: "the Slack channel is archived",
  invalid_auth: "Slack does not accept the bot token (SLACK_BOT_TOKEN)",
  account_inactive: "the bot's Slack account is inactive: was the app uninstalled?",
  token_revoked: "the bot token was revoked: reinstall the app and update SLACK_BOT_TOKEN",
  missing_scope: "the app lacks a permission: reinstall it with the scopes in config/slack-manifest.yaml",
  restricted_action: "a workspace admin has restricted posting in this channel",
};

/** Slack errors that say "not now" rather than "never". */
const passing = new Set([
  "ratelimited",
  "rate_limited",
  "internal_error",
  "fatal_error",
  "service_unavailable",
  "request_timeout",
]);

/** The Slack error code (`channel_not_found`) of a failed Web API call, when Slack gave one. */
export function slackErrorCode(error: unknown): string | undefined {
  return webApiError.safeParse(error).data?.data?.error;
}

/**
 * Map a failed Web API call onto a PostResult: rate limits (429 with Retry-After, or
 * `ratelimited`) and 5xx, timeouts and connection resets are passing (`failed`, retry later);
 * a refused channel, token or scope is `rejected` with a reason an admin can act on. An unknown
 * Slack error code counts as a refusal: Slack's `ok: false` answers describe the request itself.
 */
export function toPostResult(error: unknown): Exclude<PostResult, { kind: "sent" }> {
  const parsed = webApiError.safeParse(error);
  if (!parsed.success) return { kind: "failed", reason: `unexpected error: ${String(error)}` };
  const { code, data, retryAfter, statusCode, message } = parsed.data;
  if (code === webApi.ErrorCode.RateLimitedError) {
    return {
      kind: "failed",
      reason: "rate limited by Slack",
      ...(retryAfter === undefined ? {} : { retryAfterMs: retryAfter * 1000 }),
    };
  }
  if (code === webApi.ErrorCode.PlatformError && data !== undefined) {
    const refusal = refusals[data.error];
    if (refusal !== undefined) {
      const needed = data.needed === undefined ? "" : ` (needs ${data.needed})`;
      return { kind: "rejected", reason: `${refusal}${needed}` };
    }
    if (passing.has(data.error)) return { kind: "failed", reason: `Slack error ${data.error}` };
    return { kind: "rejected", reason: `Slack refused the message: ${data.error}` };
  }
  if (code === webApi.ErrorCode.HTTPError && statusCode !== undefined) {
    if (statusCode >= 500 || statusCode === 408) {
      return { kind: "failed", reason: `Slack answered HTTP ${statusCode}` };
    }
    return { kind: "rejected", reason: `Slack answered HTTP ${statusCode}`, status: statusCode };
  }
  return { kind: "failed", reason: `could not reach Slack: ${message ?? code}` };
}
