import { describe, expect, it } from "vitest";
import { briefingRef } from "../../src/chat/discord/posting/briefing-ref.js";
import type { DiscordMessage } from "../../src/chat/discord/render-types.js";
import { createTestCommandHandler } from "../fakes/discord/test-command-handler.js";
import { useDiscordAdapter } from "../fakes/discord/use-discord-adapter.js";
import {
  hostileText,
  makeBriefing,
  makeClaim,
  makeGroup,
  makeSpeaker,
} from "../unit/briefing/support/make-briefing.js";
import { checkDiscordLimits, requireDiscordSchema } from "../unit/chat/support/discord-contract.js";

const validMessage = requireDiscordSchema("MessageCreateRequest");
const channel = "1300000000000000500";
const messagesPath = new RegExp(`^/channels/${channel}/messages$`);

/** Every string of a message where markdown and mentions render (footers show plain text only). */
function shownText(message: DiscordMessage): string {
  return [
    message.content ?? "",
    ...message.embeds.flatMap((embed) => [
      embed.title ?? "",
      embed.description ?? "",
      ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
    ]),
  ].join("\n");
}

function footers(message: DiscordMessage): string {
  return message.embeds.map((embed) => embed.footer?.text ?? "").join("\n");
}

/** A briefing that takes several messages, with article text trying to ping and format everywhere. */
function makeLongBriefing() {
  const huge = `${hostileText} ${"word ".repeat(150)}${"x".repeat(5000)}`;
  const speakers = Array.from({ length: 40 }, (_, index) =>
    makeSpeaker({
      name: `${hostileText} ${index}`,
      line: `${huge} ${index}`,
      claims: {
        items: [makeClaim({ content: huge, outlet: hostileText }), makeClaim({ content: huge })],
        more: 2,
      },
    }),
  );
  return makeBriefing({
    topic: { name: "t", title: huge },
    groups: { items: [makeGroup({ title: huge, speakers: { items: speakers, more: 0 } })], more: 0 },
  });
}

describe("Discord adapter posting briefings (REST, no gateway session)", () => {
  const discord = useDiscordAdapter();

  async function started(shared?: Parameters<typeof discord>[1]) {
    const bed = await discord({}, shared);
    await bed.adapter.start(createTestCommandHandler().handler);
    return bed;
  }

  it("when a briefing is posted, then what reached Discord is valid, mentions nobody, and carries a nonce with enforce_nonce", async () => {
    const bed = await started();
    const result = await bed.adapter.post(channel, makeBriefing(), { briefingId: "briefing-1" });
    const posted = bed.fake.requestsTo("POST", messagesPath);
    expect(result).toEqual({
      kind: "sent",
      messageIds: bed.fake.state.messages.get(channel)?.map((m) => m.id),
    });
    expect(posted.length).toBeGreaterThan(0);
    for (const [index, request] of posted.entries()) {
      const body = request.body as DiscordMessage & { nonce: string; enforce_nonce: boolean };
      expect(validMessage(body)).toEqual([]);
      expect(checkDiscordLimits(body)).toEqual([]);
      expect(body.allowed_mentions).toEqual({ parse: [] });
      expect(body.enforce_nonce).toBe(true);
      expect(body.nonce.length).toBeLessThanOrEqual(25);
      const tag = `ref ${briefingRef("briefing-1")} ${index + 1}/${posted.length}`;
      expect(`${footers(body)}\n${body.content ?? ""}`).toContain(tag);
    }
    expect(bed.fake.errors).toEqual([]);
  });

  it("when the articles try to ping (@everyone, @here, <@id>, 5000-character strings), then every message is valid and inert", async () => {
    const bed = await started();
    const result = await bed.adapter.post(channel, makeLongBriefing(), { briefingId: "hostile" });
    expect(result.kind).toBe("sent");
    const bodies = bed.fake.requestsTo("POST", messagesPath).map((request) => request.body as DiscordMessage);
    expect(bodies.length).toBeGreaterThan(1);
    const nonces = new Set(bodies.map((body) => (body as { nonce?: string }).nonce));
    expect(nonces.size).toBe(bodies.length);
    for (const body of bodies) {
      expect(validMessage(body)).toEqual([]);
      expect(checkDiscordLimits(body)).toEqual([]);
      expect(body.allowed_mentions).toEqual({ parse: [] });
      const text = shownText(body);
      expect(text).not.toMatch(/@(everyone|here)/);
      expect(text).not.toMatch(/(^|[^\\])<[@#!]/m);
    }
  });

  it("when Discord answers 429 with a long Retry-After, then post fails at once with retryAfterMs instead of sleeping", async () => {
    const bed = await started();
    bed.fake.fault("POST", messagesPath, {
      status: 429,
      retryAfterSeconds: 120,
      body: { message: "You are being rate limited.", retry_after: 120, global: false },
    });
    const result = await bed.adapter.post(channel, makeBriefing(), { briefingId: "b" });
    expect(result).toMatchObject({ kind: "failed" });
    expect(result.kind === "failed" ? result.retryAfterMs : 0).toBeGreaterThanOrEqual(120_000);
    expect(bed.fake.requestsTo("POST", messagesPath)).toHaveLength(1);
  });

  it("when Discord answers 429 with a Retry-After under a second, then discord.js waits it out and the post goes through", async () => {
    const bed = await started();
    bed.fake.fault("POST", messagesPath, { status: 429, retryAfterSeconds: 0.05 }, { times: 1 });
    const result = await bed.adapter.post(channel, makeBriefing(), { briefingId: "b" });
    expect(result.kind).toBe("sent");
    expect(bed.fake.state.messages.get(channel)).toHaveLength(1);
  });

  it("when Discord keeps answering 500, then post fails (retryable) after one retry", async () => {
    const bed = await started();
    bed.fake.fault("POST", messagesPath, { status: 500 });
    const result = await bed.adapter.post(channel, makeBriefing(), { briefingId: "b" });
    expect(result).toMatchObject({ kind: "failed", reason: expect.stringContaining("500") });
    expect(bed.fake.requestsTo("POST", messagesPath)).toHaveLength(2);
  });

  it("when Discord hangs or resets the connection, then post fails (retryable)", async () => {
    const bed = await started();
    bed.fake.fault("POST", messagesPath, { kind: "hang" });
    expect((await bed.adapter.post(channel, makeBriefing(), { briefingId: "b" })).kind).toBe("failed");
    bed.fake.clearFaults();
    bed.fake.fault("POST", messagesPath, { kind: "reset" });
    expect((await bed.adapter.post(channel, makeBriefing(), { briefingId: "c" })).kind).toBe("failed");
  });

  it("when the bot lacks permissions (403) or the channel is unknown (404), then post is rejected with a reason a person understands", async () => {
    const bed = await started();
    bed.fake.fault(
      "POST",
      messagesPath,
      { status: 403, body: { message: "Missing Permissions", code: 50013 } },
      { times: 1 },
    );
    expect(await bed.adapter.post(channel, makeBriefing(), { briefingId: "b" })).toEqual({
      kind: "rejected",
      status: 403,
      reason: expect.stringContaining("needs Send Messages and Embed Links"),
    });
    bed.fake.fault(
      "POST",
      messagesPath,
      { status: 403, body: { message: "Missing Access", code: 50001 } },
      { times: 1 },
    );
    expect(await bed.adapter.post(channel, makeBriefing(), { briefingId: "b" })).toMatchObject({
      kind: "rejected",
      status: 403,
      reason: expect.stringContaining("cannot see this channel"),
    });
    bed.fake.fault(
      "POST",
      messagesPath,
      { status: 404, body: { message: "Unknown Channel", code: 10003 } },
      { times: 1 },
    );
    expect(await bed.adapter.post(channel, makeBriefing(), { briefingId: "b" })).toMatchObject({
      kind: "rejected",
      status: 404,
      reason: expect.stringContaining("unknown channel"),
    });
  });

  it("when message 2 of a long briefing fails, then the result says so and the retry posts the rest without repeating message 1", async () => {
    const bed = await started();
    bed.fake.fault("POST", messagesPath, { status: 503 }, { after: 1 });
    const first = await bed.adapter.post(channel, makeLongBriefing(), { briefingId: "long" });
    expect(first).toMatchObject({ kind: "failed", reason: expect.stringMatching(/^message 2 of \d+/) });
    expect(bed.fake.state.messages.get(channel)).toHaveLength(1);
    bed.fake.clearFaults();
    const retry = await bed.adapter.post(channel, makeLongBriefing(), { briefingId: "long" });
    const stored = bed.fake.state.messages.get(channel) ?? [];
    expect(retry).toEqual({ kind: "sent", messageIds: stored.map((message) => message.id) });
    expect(stored.length).toBeGreaterThan(2);
    const firstNonce = stored[0]?.nonce;
    const postsOfPartOne = bed.fake
      .requestsTo("POST", messagesPath)
      .filter((request) => (request.body as { nonce?: string }).nonce === firstNonce);
    expect(postsOfPartOne).toHaveLength(1);
  });

  it("when the bot restarts after posting part of a briefing, then the new process finds those parts in history and posts only the rest", async () => {
    const before = await started();
    before.fake.fault("POST", messagesPath, { kind: "reset" }, { after: 2 });
    expect((await before.adapter.post(channel, makeLongBriefing(), { briefingId: "crash" })).kind).toBe(
      "failed",
    );
    await before.adapter.stop();
    before.fake.clearFaults();
    const postsBefore = before.fake.requestsTo("POST", messagesPath).length;
    const after = await started({ fake: before.fake });
    expect(await after.adapter.findPosted(channel, "crash")).toEqual([]);
    const result = await after.adapter.post(channel, makeLongBriefing(), { briefingId: "crash" });
    const stored = before.fake.state.messages.get(channel) ?? [];
    expect(result).toEqual({ kind: "sent", messageIds: stored.map((message) => message.id) });
    const reposted = before.fake.requestsTo("POST", messagesPath).slice(postsBefore);
    expect(reposted).toHaveLength(stored.length - 2);
    expect(await after.adapter.findPosted(channel, "crash")).toEqual(
      result.kind === "sent" ? result.messageIds : [],
    );
  });

  it("when a briefing was posted, then findPosted finds it by id, and neither another briefing nor a look-alike from someone else", async () => {
    const bed = await started();
    const result = await bed.adapter.post(channel, makeBriefing(), { briefingId: "mine" });
    bed.fake.addMessage(channel, { embeds: [{ footer: { text: `ref ${briefingRef("forged")} 1/1` } }] });
    expect(await bed.adapter.findPosted(channel, "mine")).toEqual(
      result.kind === "sent" ? result.messageIds : ["?"],
    );
    expect(await bed.adapter.findPosted(channel, "another")).toEqual([]);
    expect(await bed.adapter.findPosted(channel, "forged")).toEqual([]);
    expect(bed.fake.requestsTo("GET", messagesPath).at(-1)?.query.get("limit")).toBe("50");
  });
});
