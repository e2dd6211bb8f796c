import { describe, expect, it } from "vitest";
import { maxReplyMessages, renderSlackReply } from "../../../src/chat/slack/render-reply.js";
import type { SlackBlock } from "../../../src/chat/slack/render-types.js";
import type { Reply } from "../../../src/commands/reply.js";
import { hostileText, makeBriefing, makeHostileBriefing } from "../briefing/support/make-briefing.js";
import { checkSlackLimits } from "./support/check-slack-limits.js";

function makeReply(overrides: Partial<Reply> = {}): Reply {
  return { ephemeral: true, title: "Dmitry Peskov · Kremlin spokesman · Russia", sections: [], ...overrides };
}

function blockTexts(blocks: SlackBlock[]): string[] {
  return blocks.flatMap((block) => {
    if (block.type === "context") return block.elements.map((element) => element.text);
    if (block.type === "divider") return [];
    return [block.text.text];
  });
}

function mrkdwnText(reply: Reply): string {
  return renderSlackReply(reply)
    .flatMap((message) => [message.text, ...blockTexts(message.blocks.filter((b) => b.type !== "header"))])
    .join("\n");
}

describe("renderSlackReply", () => {
  it("when a reply is ephemeral or public, then the response_type says so", () => {
    expect(renderSlackReply(makeReply()).map((m) => m.response_type)).toEqual(["ephemeral"]);
    expect(renderSlackReply(makeReply({ ephemeral: false })).map((m) => m.response_type)).toEqual([
      "in_channel",
    ]);
  });

  it("when pieces are styled, then they become mrkdwn with the spaces between them kept", () => {
    const [message] = renderSlackReply(
      makeReply({
        sections: [
          {
            heading: "Latest",
            lines: [
              ["Said by ", { text: "Dmitry Peskov", bold: true }, " on ", { text: "Tuesday", italic: true }],
              ["Query ", { text: '"peace plan" OR *x*', code: true }],
              [{ text: "Reuters", url: "https://example.test/a?b=1" }],
            ],
          },
        ],
      }),
    );
    const texts = blockTexts(message?.blocks ?? []).join("\n");
    expect(texts).toContain("*Dmitry Peskov · Kremlin spokesman · Russia*");
    expect(texts).toContain("*Latest*\nSaid by *Dmitry Peskov* on _Tuesday_");
    expect(texts).toContain('Query `"peace plan" OR *x*`');
    expect(texts).toContain("<https://example.test/a?b=1|Reuters>");
    expect(message?.text).toBe("Dmitry Peskov · Kremlin spokesman · Russia");
  });

  it("when user or article text tries to ping, link or format, then it renders inert", () => {
    const text = mrkdwnText(
      makeReply({
        title: hostileText,
        sections: [
          {
            heading: hostileText,
            lines: [
              [hostileText, { text: hostileText, bold: true }, { text: hostileText, code: true }],
              [
                { text: hostileText, url: "javascript:alert(1)" },
                { text: "x", url: "https://a.test/|<!here>" },
              ],
            ],
          },
        ],
      }),
    );
    expect(text).not.toMatch(/<!channel>|<!here>|<@U123>|<@&456>|<#789>/);
    expect(text).toContain("&lt;!channel&gt;");
    // The only links are ours: http(s), no second "|", no angle brackets inside.
    const links = text.match(/<[^>]*>/g) ?? [];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^<https?:\/\/[^|<>\s]+\|[^|<>]*>$/);
  });

  it("when a reply is huge, then it keeps every Block Kit limit and at most five messages, saying it was shortened", () => {
    const line = [`${hostileText} ${"word ".repeat(600)}`, { text: "x".repeat(5000), bold: true }];
    const messages = renderSlackReply(
      makeReply({
        title: "t".repeat(5000),
        sections: Array.from({ length: 10 }, (_, index) => ({
          heading: `Section ${index}`,
          lines: Array.from({ length: 5 }, () => line),
        })),
      }),
    );
    expect(messages).toHaveLength(maxReplyMessages);
    for (const message of messages) expect(checkSlackLimits(message)).toEqual([]);
    expect(blockTexts(messages.at(-1)?.blocks ?? []).join(" ")).toMatch(/Shortened: \d+ more part/);
  });

  it("when a reply carries a briefing, then the sections come first and the briefing follows within limits", () => {
    const messages = renderSlackReply(
      makeReply({
        title: "Briefing now",
        sections: [{ lines: [["Since yesterday"]] }],
        briefing: makeBriefing(),
      }),
    );
    const blocks = messages.flatMap((message) => message.blocks);
    expect(blockTexts(blocks.slice(0, 2))).toEqual(["*Briefing now*", "Since yesterday"]);
    expect(blocks.find((block) => block.type === "header")).toEqual({
      type: "header",
      text: { type: "plain_text", text: "Ruritania talks", emoji: false },
    });
    for (const message of messages) expect(checkSlackLimits(message)).toEqual([]);
  });

  it("when the briefing is absurdly long, then it continues in further messages that all fit", () => {
    const messages = renderSlackReply(makeReply({ briefing: makeHostileBriefing() }));
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.length).toBeLessThanOrEqual(maxReplyMessages);
    for (const message of messages) expect(checkSlackLimits(message)).toEqual([]);
  });

  it("when the tone is error, then the title carries a warning sign", () => {
    const [message] = renderSlackReply(makeReply({ title: "Only admins may", tone: "error" }));
    expect(blockTexts(message?.blocks ?? [])[0]).toBe(":warning: *Only admins may*");
  });
});
