import { createHmac } from "node:crypto";

/**
 * The headers Slack sends with a request: `x-slack-request-timestamp` and `x-slack-signature`
 * (`v0=` + HMAC-SHA256 of `v0:{timestamp}:{body}`). `timestampSeconds` defaults to now.
 */
export function signRequest(
  signingSecret: string,
  body: string,
  timestampSeconds = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const digest = createHmac("sha256", signingSecret).update(`v0:${timestampSeconds}:${body}`).digest("hex");
  return { "x-slack-request-timestamp": String(timestampSeconds), "x-slack-signature": `v0=${digest}` };
}
