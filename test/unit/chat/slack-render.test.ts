import { describe, expect, it } from "vitest";
import { renderSlackMessages } from "../../../src/chat/slack/render.js";
import {
  hostileText,
  makeBriefing,
  makeBriefingWithClaim,
  makeClaim,
  makeEvent,
  makeGroup,
  makeHostileBriefing,
  makeSpeaker,
} from "../briefing/support/make-briefing.js";
import { checkSlackLimits } from "./support/check-slack-limits.js";

function allText(messages: ReturnType<typeof renderSlackMessages>): string {
  return messages
    .flatMap((message) => [
      message.text,
      ...message.blocks.flatMap((block) => {
        if (block.type === "context") return block.elements.map((element) => element.text);
        if (block.type === "divider") return [];
        return [block.text.text];
      }),
    ])
    .join("\n");
}

describe("renderSlackMessages", () => {
  it("when a briefing is rendered, then every message keeps the Block Kit limits and has a fallback text", () => {
    const messages = renderSlackMessages(makeBriefing());
    expect(messages).toHaveLength(1);
    for (const message of messages) expect(checkSlackLimits(message)).toEqual([]);
    expect(messages[0]?.blocks[0]).toEqual({
      type: "header",
      text: { type: "plain_text", text: "Ruritania talks", emoji: false },
    });
  });

  it("when the input is absurd (5,000-character strings, 300 speakers), then it splits into messages that all fit", () => {
    const messages = renderSlackMessages(makeHostileBriefing());
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) expect(checkSlackLimits(message)).toEqual([]);
    expect(messages[0]?.blocks[0]?.type).toBe("header");
    for (const message of messages) expect(message.blocks[0]?.type).not.toBe("divider");
  });

  it("when a headline tries to ping, link or format, then it renders inert", () => {
    const hostile = makeBriefing({
      topic: { name: "t", title: hostileText },
      events: { items: [makeEvent({ summary: hostileText, firstOutlet: hostileText })], more: 0 },
      groups: {
        items: [
          makeGroup({
            speakers: {
              items: [
                makeSpeaker({
                  line: hostileText,
                  claims: {
                    items: [makeClaim({ content: hostileText, outlet: `a|b ${hostileText}` })],
                    more: 0,
                  },
                }),
              ],
              more: 0,
            },
          }),
        ],
        more: 0,
      },
    });
    const messages = renderSlackMessages(hostile);
    // The header is plain_text, which Slack never parses; everything else is mrkdwn.
    const text = allText(
      messages.map((message) => ({
        ...message,
        blocks: message.blocks.filter((block) => block.type !== "header"),
      })),
    );
    expect(text).not.toMatch(/<!channel>|<!here>|<@U123>|<@&456>|<#789>/);
    expect(text).toContain("&lt;!channel&gt;");
    expect(text).not.toContain("*bold*");
    expect(text).toContain("\u200b*\u200b\u200b*\u200bbold");
    // Every link we emit is one of ours: an http(s) URL and a label without a second "|".
    for (const link of text.match(/<[^>]*>/g) ?? [])
      expect(link).toMatch(/^<https?:\/\/[^|<>\s]+\|[^|<>]*>$/);
  });

  it("when a message breaks a Block Kit limit, then the check names it (the check itself works)", () => {
    const blocks = Array.from({ length: 51 }, () => ({ type: "divider" as const }));
    expect(checkSlackLimits({ text: "t", blocks })).toEqual(["blocks is 51 > 50"]);
  });

  it("when a claim is a denial, then the word says so", () => {
    const briefing = makeBriefingWithClaim(makeClaim({ stance: "denies" }));
    expect(allText(renderSlackMessages(briefing))).toContain("*denies*");
  });
});
