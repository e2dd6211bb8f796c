import { describe, expect, it } from "vitest";
import type { Fault } from "../fakes/fake-slack.js";
import { createRecordingHandler } from "../fakes/slack/recording-handler.js";
import { useSlack } from "../fakes/slack/use-slack.js";
import { makeBriefing } from "../unit/briefing/support/make-briefing.js";

const slack = useSlack();

async function startedAdapter(overrides: { requestTimeoutMs?: number } = {}) {
  const adapter = slack().adapter(overrides);
  await adapter.start(createRecordingHandler());
  return adapter;
}

describe("Slack posting errors", () => {
  it.each<[string, string, Fault, object]>([
    ["429 with Retry-After", "failed", { kind: "ratelimited", retryAfterSeconds: 7 }, { retryAfterMs: 7000 }],
    ["a 500", "failed", { kind: "status", status: 500 }, { reason: "Slack answered HTTP 500" }],
    ["a reset connection", "failed", { kind: "reset" }, {}],
    ["ratelimited in the body", "failed", { kind: "error", error: "ratelimited" }, {}],
    ["channel_not_found", "rejected", { kind: "error", error: "channel_not_found" }, {}],
    ["not_in_channel", "rejected", { kind: "error", error: "not_in_channel" }, {}],
    ["is_archived", "rejected", { kind: "error", error: "is_archived" }, {}],
    ["token_revoked", "rejected", { kind: "error", error: "token_revoked" }, {}],
    ["missing_scope", "rejected", { kind: "error", error: "missing_scope" }, {}],
  ])(
    "when chat.postMessage meets %s, then the post is %s after one attempt",
    async (_name, kind, fault, expected) => {
      const adapter = await startedAdapter();
      const { fake } = slack();
      fake.fault("chat.postMessage", fault, { times: 100 });
      const result = await adapter.post("C0NEWS", makeBriefing(), { briefingId: "brf-err" });
      expect(result).toMatchObject({ kind, ...expected });
      expect(result.kind === "sent" ? "" : result.reason).not.toBe("");
      // The posting client never retries by itself: a retry is the outbox's decision, through post().
      expect(fake.callsTo("chat.postMessage")).toHaveLength(1);
    },
  );

  it("when a refusal comes back, then the reason tells an admin what to do", async () => {
    const adapter = await startedAdapter();
    const { fake } = slack();
    fake.fault("chat.postMessage", { kind: "error", error: "not_in_channel" });
    fake.fault("chat.postMessage", { kind: "error", error: "channel_not_found" });
    expect(await adapter.post("C0NEWS", makeBriefing(), { briefingId: "a" })).toMatchObject({
      kind: "rejected",
      reason: expect.stringContaining("/invite @newsbrief"),
    });
    expect(await adapter.post("C0NEWS", makeBriefing(), { briefingId: "b" })).toMatchObject({
      kind: "rejected",
      reason: expect.stringContaining("channel not found"),
    });
  });

  it("when Slack hangs, then the post fails at the request timeout instead of waiting", async () => {
    const adapter = await startedAdapter({ requestTimeoutMs: 100 });
    const { fake } = slack();
    fake.fault("chat.postMessage", { kind: "hang" });
    expect(await adapter.post("C0NEWS", makeBriefing(), { briefingId: "brf-hang" })).toMatchObject({
      kind: "failed",
    });
  });

  it("when a post went through but its answer was lost, then the retry finds it and posts nothing twice", async () => {
    const adapter = await startedAdapter();
    const { fake } = slack();
    fake.fault("chat.postMessage", { kind: "lost-answer" });
    expect(await adapter.post("C0NEWS", makeBriefing(), { briefingId: "brf-lost" })).toMatchObject({
      kind: "failed",
    });
    expect(fake.messages).toHaveLength(1);
    const retry = await adapter.post("C0NEWS", makeBriefing(), { briefingId: "brf-lost" });
    expect(retry).toEqual({ kind: "sent", messageIds: [fake.messages[0]?.ts] });
    expect(fake.messages).toHaveLength(1);
  });
});
