import { describe, expect, it } from "vitest";
import {
  briefingRef,
  messageNonce,
  readTag,
  tagMessages,
} from "../../../src/chat/discord/posting/briefing-ref.js";
import { renderDiscordMessages } from "../../../src/chat/discord/render.js";
import { makeBriefing, makeHostileBriefing } from "../briefing/support/make-briefing.js";
import { checkDiscordLimits } from "./support/discord-contract.js";

describe("briefing refs on Discord messages", () => {
  it("when a briefing id is shortened, then the ref is stable, 12 hex characters, and nonces stay within 25", () => {
    const ref = briefingRef("0f".repeat(16));
    expect(ref).toMatch(/^[0-9a-f]{12}$/);
    expect(briefingRef("0f".repeat(16))).toBe(ref);
    expect(briefingRef("another")).not.toBe(ref);
    expect(messageNonce(ref, 998).length).toBeLessThanOrEqual(25);
  });

  it("when messages are tagged, then each says which part it is, in the last footer, and can be read back", () => {
    const ref = briefingRef("b1");
    const tagged = tagMessages(renderDiscordMessages(makeBriefing()), ref);
    const footer = tagged[0]?.embeds.at(-1)?.footer?.text ?? "";
    expect(footer).toMatch(/ · ref [0-9a-f]{12} 1\/1$/);
    expect(readTag(footer)).toEqual({ ref, part: 1, count: 1 });
  });

  it("when a message is already at the 6000-character limit, then the tag goes into the content and every limit still holds", () => {
    const ref = briefingRef("huge");
    const tagged = tagMessages(renderDiscordMessages(makeHostileBriefing()), ref);
    expect(tagged.length).toBeGreaterThan(2);
    const inContent = tagged.filter((message) => readTag(message.content ?? "") !== null);
    expect(inContent.length).toBeGreaterThan(0);
    tagged.forEach((message, index) => {
      expect(checkDiscordLimits(message)).toEqual([]);
      const texts = [message.content ?? "", ...message.embeds.map((embed) => embed.footer?.text ?? "")];
      const tags = texts.map(readTag).filter((tag) => tag !== null);
      expect(tags).toEqual([{ ref, part: index + 1, count: tagged.length }]);
    });
  });
});
