import { createHmac, timingSafeEqual } from "node:crypto";

/** Requests older (or newer) than this are refused: Slack's replay window, 5 minutes. */
export const maxSignatureAgeSeconds = 5 * 60;

/** Why a request was refused, or that it is Slack's. */
export type SignatureCheck = { ok: true } | { ok: false; reason: "missing" | "stale" | "mismatch" };

/**
 * Check Slack's request signature: `x-slack-signature` must be `v0=` + hex HMAC-SHA256 of
 * `v0:{x-slack-request-timestamp}:{raw body}` under the signing secret, compared in constant
 * time, and the timestamp within `maxSignatureAgeSeconds` of now (so a captured request cannot be
 * replayed later).
 */
export function verifySignature(input: {
  signingSecret: string;
  timestamp: string | undefined;
  signature: string | undefined;
  body: Buffer;
  nowMs: number;
}): SignatureCheck {
  const { timestamp, signature } = input;
  if (timestamp === undefined || signature === undefined || !/^\d{1,12}$/u.test(timestamp)) {
    return { ok: false, reason: "missing" };
  }
  if (Math.abs(input.nowMs / 1000 - Number(timestamp)) > maxSignatureAgeSeconds) {
    return { ok: false, reason: "stale" };
  }
  const hmac = createHmac("sha256", input.signingSecret);
  hmac.update(`v0:${timestamp}:`);
  hmac.update(input.body);
  const expected = Buffer.from(`v0=${hmac.digest("hex")}`);
  const given = Buffer.from(signature);
  // timingSafeEqual needs equal lengths; a length difference gives nothing away about the secret.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: "mismatch" };
  }
  return { ok: true };
}
