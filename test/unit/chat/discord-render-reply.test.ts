import { describe, expect, it } from "vitest";
import { renderDiscordReply } from "../../../src/chat/discord/render-reply.js";
import type { DiscordInteractionMessage } from "../../../src/chat/discord/render-types.js";
import type { Reply } from "../../../src/commands/reply.js";
import { hostileText, makeBriefing, makeHostileBriefing } from "../briefing/support/make-briefing.js";
import { checkDiscordLimits, requireDiscordSchema } from "./support/discord-contract.js";

const validCallback = requireDiscordSchema("CreateMessageInteractionCallbackRequest");
const validFollowUp = requireDiscordSchema("IncomingWebhookRequestPartial");

function makeReply(overrides: Partial<Reply> = {}): Reply {
  return {
    ephemeral: true,
    title: "Dmitry Peskov · Kremlin spokesman · Russia",
    sections: [
      {
        heading: "Latest claim",
        lines: [
          [{ text: "denies", bold: true }, " — “No such plan is being discussed.”"],
          ["TASS · ", { text: "source", url: "https://tass.example/a" }],
        ],
      },
    ],
    tone: "info",
    ...overrides,
  };
}

function expectValid(messages: DiscordInteractionMessage[]): void {
  const [first, ...followUps] = messages;
  expect(validCallback({ type: 4, data: first })).toEqual([]);
  for (const message of followUps) expect(validFollowUp(message)).toEqual([]);
  for (const message of messages) {
    expect(checkDiscordLimits(message)).toEqual([]);
    expect(message.allowed_mentions).toEqual({ parse: [] });
  }
}

function shown(messages: DiscordInteractionMessage[]): string {
  return messages
    .flatMap((message) => [
      message.content ?? "",
      ...message.embeds.flatMap((embed) => [
        embed.title ?? "",
        embed.description ?? "",
        ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
      ]),
    ])
    .join("\n");
}

describe("renderDiscordReply", () => {
  it("when a /latest reply is rendered, then the title is the content and the sections are one embed, ephemeral", () => {
    const messages = renderDiscordReply(makeReply());
    expect(messages).toEqual([
      {
        content: "**Dmitry Peskov · Kremlin spokesman · Russia**",
        embeds: [
          {
            color: 0x3b82f6,
            description:
              "**Latest claim**\n**denies** — “No such plan is being discussed.”\nTASS · [source](https://tass.example/a)",
          },
        ],
        allowed_mentions: { parse: [] },
        flags: 64,
      },
    ]);
    expectValid(messages);
  });

  it("when the reply is public, then no message carries the ephemeral flag", () => {
    const messages = renderDiscordReply(makeReply({ ephemeral: false, briefing: makeHostileBriefing() }));
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) expect(message).not.toHaveProperty("flags");
  });

  it("when the input is hostile (pings, masked links, markdown, 5000-character strings, 300 lines), then it is inert and within every limit", () => {
    const huge = `${hostileText} ${"x".repeat(5000)}`;
    const reply = makeReply({
      title: huge,
      sections: Array.from({ length: 3 }, () => ({
        heading: huge,
        lines: Array.from({ length: 100 }, () => [
          huge,
          { text: huge, bold: true, url: "javascript:alert(1)" },
          { text: `${hostileText} \`tick\``, code: true },
          { text: "ok", url: `https://example.test/${"a".repeat(5000)}` },
        ]),
      })),
    });
    const messages = renderDiscordReply(reply);
    expectValid(messages);
    const text = shown(messages);
    expect(text).not.toMatch(/@(everyone|here)/);
    expect(text).not.toMatch(/(^|[^\\`])<[@#!]/m);
    expect(text).not.toContain("[click](https://evil.test)");
    expect(text).not.toContain("javascript:");
    expect(text).toMatch(/\+\d+ more lines/);
  });

  it("when a reply carries a briefing, then its embeds follow the sections, in follow-ups when they do not fit one message", () => {
    const short = renderDiscordReply(makeReply({ briefing: makeBriefing() }));
    expect(short).toHaveLength(1);
    expect(short[0]?.embeds.length).toBeGreaterThan(1);
    expect(short[0]?.embeds[0]?.description).toContain("Latest claim");
    const long = renderDiscordReply(makeReply({ briefing: makeHostileBriefing() }));
    expect(long.length).toBeGreaterThan(1);
    for (const message of long) expect(message.flags).toBe(64);
    expectValid(long);
  });

  it("when an error reply has no sections, then it is the title alone, without an embed", () => {
    const messages = renderDiscordReply(
      makeReply({ title: "Only members with Manage Server can add topics.", sections: [], tone: "error" }),
    );
    expect(messages).toEqual([
      {
        content: "**Only members with Manage Server can add topics.**",
        embeds: [],
        allowed_mentions: { parse: [] },
        flags: 64,
      },
    ]);
  });
});
