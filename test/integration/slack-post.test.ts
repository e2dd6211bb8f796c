import { describe, expect, it } from "vitest";
import type { Briefing } from "../../src/briefing/briefing.js";
import { renderSlackMessages } from "../../src/chat/slack/render.js";
import type { SlackBlock } from "../../src/chat/slack/render-types.js";
import { createRecordingHandler } from "../fakes/slack/recording-handler.js";
import { signingSecret, useSlack } from "../fakes/slack/use-slack.js";
import {
  hostileText,
  makeBriefing,
  makeClaim,
  makeEvent,
  makeGroup,
  makeSpeaker,
} from "../unit/briefing/support/make-briefing.js";
import { checkSlackLimits } from "../unit/chat/support/check-slack-limits.js";

const slack = useSlack();

async function startedAdapter(overrides: { requestTimeoutMs?: number } = {}) {
  const adapter = slack().adapter(overrides);
  await adapter.start(createRecordingHandler());
  return adapter;
}

/** A briefing whose articles try to ping, link and format everywhere. */
function hostileBriefing(): Briefing {
  const speaker = makeSpeaker({
    line: hostileText,
    claims: { items: [makeClaim({ content: hostileText, outlet: hostileText })], more: 0 },
  });
  return makeBriefing({
    events: { items: [makeEvent({ summary: hostileText, firstOutlet: hostileText })], more: 0 },
    groups: { items: [makeGroup({ title: hostileText, speakers: { items: [speaker], more: 0 } })], more: 0 },
  });
}

/** A briefing long enough for three messages. */
function longBriefing(): Briefing {
  const speakers = Array.from({ length: 60 }, (_, index) =>
    makeSpeaker({
      name: `Speaker ${index}`,
      line: `Speaker ${index}, ${"a long role description ".repeat(8)}`,
    }),
  );
  return makeBriefing({
    groups: { items: [makeGroup({ speakers: { items: speakers, more: 0 } })], more: 0 },
  });
}

function mrkdwnTexts(blocks: SlackBlock[]): string[] {
  return blocks.flatMap((block) => {
    if (block.type === "context") return block.elements.map((element) => element.text);
    if (block.type === "section") return [block.text.text];
    return [];
  });
}

describe("Slack posting", () => {
  it("when a briefing is posted, then Slack received valid Block Kit with the metadata, no unfurls and no pings", async () => {
    const adapter = await startedAdapter();
    const { fake } = slack();
    const result = await adapter.post("C0NEWS", hostileBriefing(), { briefingId: "brf-1" });
    const posts = fake.callsTo("chat.postMessage");
    expect(result).toEqual({ kind: "sent", messageIds: fake.messages.map((message) => message.ts) });
    expect(posts).toHaveLength(1);
    const params = posts[0]?.params ?? {};
    expect(posts[0]?.token).toBe(fake.botToken);
    expect(params).toMatchObject({ channel: "C0NEWS", unfurl_links: "false", unfurl_media: "false" });
    expect(params.metadata).toEqual({
      event_type: "newsbrief_briefing",
      event_payload: { briefing_id: "brf-1", part: 1, parts: 1 },
    });
    const message = { text: String(params.text), blocks: params.blocks as SlackBlock[] };
    expect(checkSlackLimits(message)).toEqual([]);
    // plain_text headers are never parsed by Slack; everything else is mrkdwn and must be inert.
    const text = [message.text, ...mrkdwnTexts(message.blocks)].join("\n");
    expect(text).toContain("&lt;!channel&gt;");
    expect(text).not.toMatch(/<!channel>|<!here>|<!everyone>|<@U123>|<#789>/);
    for (const link of text.match(/<[^>]*>/g) ?? [])
      expect(link).toMatch(/^<https?:\/\/[^|<>\s]+\|[^|<>]*>$/);
  });

  it("when history keeps answering 500, then reads retry twice, quickly, and nothing is posted blind", async () => {
    const adapter = await startedAdapter();
    const { fake } = slack();
    fake.fault("conversations.history", { kind: "status", status: 500 }, { times: 100 });
    const result = await adapter.post("C0NEWS", makeBriefing(), { briefingId: "brf-read" });
    expect(result).toMatchObject({ kind: "failed", reason: "Slack answered HTTP 500" });
    expect(fake.callsTo("conversations.history")).toHaveLength(3);
    expect(fake.callsTo("chat.postMessage")).toEqual([]);
  });

  it("when part 2 of 3 fails, then the retry posts only the missing parts and every part is there once", async () => {
    const adapter = await startedAdapter();
    const { fake } = slack();
    const briefing = longBriefing();
    const parts = renderSlackMessages(briefing).length;
    expect(parts).toBe(3);
    fake.fault("chat.postMessage", { kind: "status", status: 503 }, { after: 1 });
    const first = await adapter.post("C0NEWS", briefing, { briefingId: "brf-long" });
    expect(first).toMatchObject({ kind: "failed", reason: "part 2 of 3: Slack answered HTTP 503" });
    expect(await adapter.findPosted("C0NEWS", "brf-long")).toEqual([]);
    const partOne = fake.messages[0]?.ts;
    const retry = await adapter.post("C0NEWS", briefing, { briefingId: "brf-long" });
    expect(retry).toEqual({ kind: "sent", messageIds: fake.messages.map((message) => message.ts) });
    expect(retry.kind === "sent" && retry.messageIds[0]).toBe(partOne);
    expect(fake.messages.map((message) => message.metadata?.event_payload.part)).toEqual([1, 2, 3]);
    for (const message of fake.messages) {
      expect(checkSlackLimits({ text: message.text, blocks: message.blocks as SlackBlock[] })).toEqual([]);
    }
    expect(await adapter.post("C0NEWS", briefing, { briefingId: "brf-long" })).toEqual(retry);
    expect(fake.callsTo("chat.postMessage")).toHaveLength(4);
  });

  it("when a briefing was posted, then findPosted finds its messages by briefing id, and only its own", async () => {
    const adapter = await startedAdapter();
    const { fake } = slack();
    const sent = await adapter.post("C0NEWS", longBriefing(), { briefingId: "brf-find" });
    await adapter.post("C0NEWS", makeBriefing(), { briefingId: "brf-other" });
    expect(sent.kind).toBe("sent");
    expect(await adapter.findPosted("C0NEWS", "brf-find")).toEqual(
      sent.kind === "sent" ? sent.messageIds : [],
    );
    expect(await adapter.findPosted("C0NEWS", "brf-never")).toEqual([]);
    expect(await adapter.findPosted("C0ELSEWHERE", "brf-find")).toEqual([]);
    expect(fake.callsTo("conversations.history").at(-1)?.params).toMatchObject({
      channel: "C0ELSEWHERE",
      include_all_metadata: "true",
      limit: "50",
    });
    fake.fault("conversations.history", { kind: "error", error: "not_in_channel" });
    expect(await adapter.findPosted("C0NEWS", "brf-find")).toEqual([]);
  });

  it("when the bot token is refused, then start fails clearly and nothing is posted", async () => {
    const { fake } = slack();
    const adapter = slack().adapter({ botToken: "xoxb-revoked-token" });
    await expect(adapter.start(createRecordingHandler())).rejects.toThrow(
      "Slack did not accept SLACK_BOT_TOKEN (auth.test: invalid_auth)",
    );
    expect(adapter.isReady()).toBe(false);
    expect(await adapter.post("C0NEWS", makeBriefing(), { briefingId: "x" })).toMatchObject({
      kind: "failed",
    });
    expect(fake.callsTo("chat.postMessage")).toEqual([]);
  });

  it("when things go wrong and right, then no token or signing secret reaches the log", async () => {
    const { fake } = slack();
    const adapter = slack().adapter({ appToken: fake.appToken });
    await adapter.start(createRecordingHandler());
    await adapter.session?.open();
    expect(adapter.isReady()).toBe(true);
    fake.fault("chat.postMessage", { kind: "error", error: "invalid_auth" });
    fake.fault("conversations.history", { kind: "reset" }, { times: 3 });
    await adapter.post("C0NEWS", makeBriefing(), { briefingId: "log-1" });
    await adapter.findPosted("C0NEWS", "log-1");
    await adapter.post("C0NEWS", makeBriefing(), { briefingId: "log-2" });
    await slack()
      .adapter({ botToken: "xoxb-wrong-one" })
      .start(createRecordingHandler())
      .catch(() => undefined);
    const log = slack().log();
    expect(log).toContain("slack ready");
    for (const secret of [fake.botToken, fake.appToken, signingSecret, "xoxb-wrong-one"]) {
      expect(log).not.toContain(secret);
    }
  });
});

describe("Slack posting, first attempts", () => {
  it("when a briefing is posted for the first time, then no history is read; when it is posted again, then history is", async () => {
    const adapter = await startedAdapter();
    await adapter.post("C042", makeBriefing(), { briefingId: "first-try", firstAttempt: true });
    expect(slack().fake.callsTo("conversations.history")).toHaveLength(0);
    await adapter.post("C042", makeBriefing(), { briefingId: "retry", firstAttempt: false });
    expect(slack().fake.callsTo("conversations.history")).toHaveLength(1);
  });
});
