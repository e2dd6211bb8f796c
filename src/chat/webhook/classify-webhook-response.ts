import type { PostResult } from "../chat-adapter.js";

/**
 * What a webhook's HTTP answer means: 2xx sent (Discord returns the message and its id), 429 and
 * 5xx a passing failure (Retry-After honoured, in seconds), anything else refused for good — the
 * webhook was deleted (404), revoked (401/403) or the payload rejected (400).
 */
export async function classifyWebhookResponse(
  response: Response,
  name: string,
): Promise<{ kind: "sent"; id: string | null } | Exclude<PostResult, { kind: "sent" }>> {
  const text = await response.text().catch(() => "");
  if (response.ok) {
    let id: string | null = null;
    try {
      const parsed = JSON.parse(text) as { id?: unknown };
      if (typeof parsed.id === "string") id = parsed.id;
    } catch {
      // Slack answers the plain text "ok".
    }
    return { kind: "sent", id };
  }
  if (response.status === 429 || response.status >= 500) {
    const retryAfter = Number(response.headers.get("retry-after"));
    return {
      kind: "failed",
      reason: `webhook "${name}" answered ${response.status}`,
      ...(Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterMs: retryAfter * 1000 } : {}),
    };
  }
  return {
    kind: "rejected",
    status: response.status,
    reason: `webhook "${name}" refused the post (${response.status})`,
  };
}
