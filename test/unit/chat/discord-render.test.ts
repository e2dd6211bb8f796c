import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderDiscordMessages } from "../../../src/chat/discord/render.js";
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
import {
  checkDiscordLimits,
  createDiscordSpecValidator,
  discordSpecPath,
} from "./support/discord-contract.js";

const validateAgainstSpec = createDiscordSpecValidator();

function allText(messages: ReturnType<typeof renderDiscordMessages>): string[] {
  return messages.flatMap((message) => [
    message.content ?? "",
    ...message.embeds.flatMap((embed) => [
      embed.title ?? "",
      embed.description ?? "",
      ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
    ]),
  ]);
}

describe("renderDiscordMessages", () => {
  it("when a briefing is rendered, then every message keeps the documented limits and mentions nobody", () => {
    const messages = renderDiscordMessages(makeBriefing());
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(checkDiscordLimits(message)).toEqual([]);
      expect(message.allowed_mentions).toEqual({ parse: [] });
    }
  });

  it("when a message breaks a limit, then the limit check names it (the check itself works)", () => {
    const tooBig = {
      embeds: Array.from({ length: 3 }, () => ({ description: "x".repeat(2500) })),
      allowed_mentions: { parse: [] },
    };
    expect(checkDiscordLimits(tooBig)).toEqual(["all embeds together is 7500 > 6000"]);
  });

  describe.runIf(existsSync(discordSpecPath))("against Discord's OpenAPI spec", () => {
    it("when a message breaks the spec, then the validator reports it (the validator itself works)", () => {
      const problems =
        validateAgainstSpec?.({ embeds: [{ title: "x".repeat(300) }], allowed_mentions: null }) ?? [];
      expect(problems.join("\n")).toContain("/embeds/0/title must NOT have more than 256 characters");
    });

    it("when a normal and a hostile briefing are rendered, then every message is a valid MessageCreateRequest", () => {
      for (const briefing of [makeBriefing(), makeHostileBriefing()]) {
        for (const message of renderDiscordMessages(briefing)) {
          expect(validateAgainstSpec?.(message)).toEqual([]);
        }
      }
    });
  });

  it("when the input is absurd (5,000-character strings, 300 speakers), then it splits into messages that all fit", () => {
    const messages = renderDiscordMessages(makeHostileBriefing());
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) expect(checkDiscordLimits(message)).toEqual([]);
  });

  it("when long briefings are split, then no field is cut mid-word", () => {
    const speakers = Array.from({ length: 80 }, (_, index) =>
      makeSpeaker({
        name: `Speaker ${index}`,
        line: `Speaker ${index}`,
        claims: { items: [makeClaim({ content: "alpha beta ".repeat(30) })], more: 0 },
      }),
    );
    const messages = renderDiscordMessages(
      makeBriefing({ groups: { items: [makeGroup({ speakers: { items: speakers, more: 0 } })], more: 0 } }),
    );
    const names = messages.flatMap((message) =>
      message.embeds.flatMap((embed) => (embed.fields ?? []).map((field) => field.name)),
    );
    for (let index = 0; index < 80; index += 1) expect(names).toContain(`Speaker ${index}`);
    const values = messages.flatMap((message) =>
      message.embeds.flatMap((embed) => (embed.fields ?? []).map((field) => field.value)),
    );
    for (const value of values.filter((text) => text.includes("alpha"))) expect(value).toMatch(/beta\s·/);
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
                  claims: { items: [makeClaim({ content: hostileText, outlet: hostileText })], more: 0 },
                }),
              ],
              more: 0,
            },
          }),
        ],
        more: 0,
      },
    });
    const text = allText(renderDiscordMessages(hostile)).join("\n");
    expect(text).not.toMatch(/@everyone|@here/);
    expect(text).not.toMatch(/(^|[^\\])</m);
    expect(text).not.toContain("[click](https://evil.test)");
    expect(text).not.toContain("**bold**");
    expect(text).toContain("\\*\\*bold\\*\\*");
    expect(text).toContain("@\u200beveryone");
  });

  it("when a claim is a denial, then the word says so, not only a colour", () => {
    const briefing = makeBriefingWithClaim(makeClaim({ stance: "denies" }));
    const text = allText(renderDiscordMessages(briefing)).join("\n");
    expect(text).toContain("**denies**");
  });

  it("when nothing happened in the window, then one short message says so", () => {
    const empty = makeBriefing({
      counts: { articles: 0, outlets: 0, events: 0 },
      events: { items: [], more: 0 },
      disputes: { items: [], more: 0 },
      groups: { items: [], more: 0 },
      sources: { items: [], more: 0 },
    });
    const messages = renderDiscordMessages(empty);
    expect(messages).toHaveLength(1);
    expect(allText(messages).join(" ")).toContain("Nothing new about Ruritania talks");
  });
});
