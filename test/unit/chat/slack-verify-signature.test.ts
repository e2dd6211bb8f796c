import { describe, expect, it } from "vitest";
import { verifySignature } from "../../../src/chat/slack/http/verify-signature.js";
import { signRequest } from "../../fakes/slack/sign-request.js";

const secret = "8f742231b10e8888abcd99yyyzzz85a5";
const body = "token=x&team_id=T1&command=%2Flatest&text=peskov";
const nowMs = 1_760_000_000_000;
const seconds = nowMs / 1000;

function check(
  headers: Record<string, string>,
  overrides: { body?: string; secret?: string; nowMs?: number } = {},
) {
  return verifySignature({
    signingSecret: overrides.secret ?? secret,
    timestamp: headers["x-slack-request-timestamp"],
    signature: headers["x-slack-signature"],
    body: Buffer.from(overrides.body ?? body),
    nowMs: overrides.nowMs ?? nowMs,
  });
}

describe("verifySignature", () => {
  it("when the request is signed with the secret just now, then it is Slack's", () => {
    expect(check(signRequest(secret, body, seconds))).toEqual({ ok: true });
  });

  it("when the body, the secret or the signature differ, then it is a mismatch", () => {
    const headers = signRequest(secret, body, seconds);
    expect(check(headers, { body: `${body}&x=1` })).toEqual({ ok: false, reason: "mismatch" });
    expect(check(headers, { secret: "another-secret" })).toEqual({ ok: false, reason: "mismatch" });
    expect(check({ ...headers, "x-slack-signature": "v0=abc" })).toEqual({ ok: false, reason: "mismatch" });
  });

  it("when the timestamp is more than five minutes off, then it is stale, either way", () => {
    expect(check(signRequest(secret, body, seconds - 301))).toEqual({ ok: false, reason: "stale" });
    expect(check(signRequest(secret, body, seconds + 301))).toEqual({ ok: false, reason: "stale" });
    expect(check(signRequest(secret, body, seconds - 299))).toEqual({ ok: true });
  });

  it("when a header is missing or the timestamp is not a number, then it is refused as missing", () => {
    const headers = signRequest(secret, body, seconds);
    expect(check({ "x-slack-signature": headers["x-slack-signature"] ?? "" })).toEqual({
      ok: false,
      reason: "missing",
    });
    expect(check({ ...headers, "x-slack-request-timestamp": "soon" })).toEqual({
      ok: false,
      reason: "missing",
    });
  });
});
