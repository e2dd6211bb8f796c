import { describe, expect, it } from "vitest";
import type { SlackReplyMessage } from "../../src/chat/slack/render-reply.js";
import { makeSlashCommand } from "../fakes/slack/make-slash-command.js";
import { createRecordingHandler } from "../fakes/slack/recording-handler.js";
import { useSlack } from "../fakes/slack/use-slack.js";
import { checkSlackLimits } from "../unit/chat/support/check-slack-limits.js";

const slack = useSlack();

/** A Socket Mode adapter (no signing secret, so no HTTP route), started and connected. */
async function socketBot(options: { ackWithinMs?: number } = {}) {
  const { fake } = slack();
  const handler = createRecordingHandler();
  const adapter = slack().adapter({
    appToken: fake.appToken,
    signingSecret: undefined,
    ackWithinMs: options.ackWithinMs ?? 1000,
  });
  await adapter.start(handler);
  await adapter.session?.open();
  return { adapter, handler };
}

describe("Slack Socket Mode", () => {
  it("when the session opens, then it connects through apps.connections.open with the app token", async () => {
    const { adapter } = await socketBot();
    const { fake } = slack();
    expect(adapter.httpRoutes).toBeUndefined();
    expect(adapter.session?.isOpen()).toBe(true);
    expect(fake.socket.connections).toBe(1);
    const [open] = fake.callsTo("apps.connections.open");
    expect(open?.token).toBe(fake.appToken);
    expect(fake.callsTo("auth.test")[0]?.token).toBe(fake.botToken);
  });

  it("when a slash command envelope arrives, then it is acknowledged in time with the handler's reply", async () => {
    const { handler } = await socketBot();
    const { fake } = slack();
    const ack = await fake.socket.push(
      makeSlashCommand({ command: "/latest", text: "peskov in peace-plan" }),
    );
    const reply = ack as SlackReplyMessage;
    expect(reply).toMatchObject({ response_type: "ephemeral", text: "latest answered" });
    expect(checkSlackLimits(reply)).toEqual([]);
    expect(fake.socket.expired).toEqual([]);
    expect(handler.requests[0]).toMatchObject({
      command: "latest",
      options: { who: "peskov", topic: "peace-plan" },
      context: { platform: "slack", workspaceId: "T0FAKE", channelId: "C0GENERAL", userId: "U0MEMBER" },
    });
  });

  it("when the handler is slow, then the envelope is acknowledged empty and the reply goes to response_url", async () => {
    const { handler } = await socketBot({ ackWithinMs: 20 });
    const { fake } = slack();
    handler.hold();
    const responseUrl = fake.responseUrl();
    const ack = await fake.socket.push(
      makeSlashCommand({
        command: "/newsbrief",
        text: "briefing peace-plan public",
        response_url: responseUrl,
      }),
    );
    expect(ack).toEqual({});
    expect(fake.responses).toEqual([]);
    handler.release();
    const [reply] = await fake.responsesReached(1);
    expect(responseUrl.endsWith(reply?.id ?? "?")).toBe(true);
    expect(reply?.body).toMatchObject({ response_type: "in_channel", text: "briefing answered" });
    expect(handler.requests[0]).toMatchObject({
      command: "briefing",
      options: { topic: "peace-plan", public: true },
    });
    expect(fake.socket.expired).toEqual([]);
  });

  it("when the adapter stops, then the connection is closed", async () => {
    const { adapter } = await socketBot();
    const { fake } = slack();
    await adapter.stop();
    expect(adapter.session?.isOpen()).toBe(false);
    expect(fake.socket.open).toBe(0);
    expect(adapter.isReady()).toBe(false);
    await adapter.stop();
  });

  it("when the app token is refused, then opening the session fails with a clear error", async () => {
    const { fake } = slack();
    const adapter = slack().adapter({ appToken: "xapp-wrong", signingSecret: undefined });
    await adapter.start(createRecordingHandler());
    await expect(adapter.session?.open()).rejects.toThrow(/Slack Socket Mode did not connect.*invalid_auth/);
    expect(adapter.session?.isOpen()).toBe(false);
    expect(fake.socket.connections).toBe(0);
  });
});
