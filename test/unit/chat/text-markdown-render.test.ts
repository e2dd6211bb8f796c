import { describe, expect, it } from "vitest";
import { renderText } from "../../../src/chat/console/render.js";
import { renderMarkdown } from "../../../src/chat/markdown/render.js";
import {
  hostileText,
  makeBriefing,
  makeClaim,
  makeDispute,
  makeEvent,
  makeGroup,
  makeSpeaker,
} from "../briefing/support/make-briefing.js";

const denial = makeBriefing({
  groups: {
    items: [
      makeGroup({
        speakers: {
          items: [
            makeSpeaker({
              claims: {
                items: [
                  makeClaim({ stance: "denies", content: "no treaty exists" }),
                  makeClaim({ direct: true, content: "We talk." }),
                ],
                more: 3,
              },
            }),
          ],
          more: 2,
        },
      }),
    ],
    more: 0,
  },
});

describe("renderText", () => {
  it("when a speaker denies and quotes, then the words say denies and quote, with +N more counts", () => {
    const text = renderText(denial);
    expect(text).toContain("denies: no treaty exists [1]");
    expect(text).toContain("asserts (quote): “We talk.”");
    expect(text).toContain("+3 more claims");
    expect(text).toContain("+2 more speakers");
    expect(text).toContain("[1] https://example.test/news/1");
  });

  it("when article text carries newlines, then it stays on its own bullet", () => {
    const text = renderText(
      makeBriefing({
        events: { items: [makeEvent({ summary: "line one\n\nWHO CLAIMS WHAT\nfake" })], more: 0 },
      }),
    );
    expect(text).toContain("• line one WHO CLAIMS WHAT fake");
  });

  it("when a speaker's shown claim is already under DISPUTED, then it is named on one line that points there", () => {
    const denies = makeClaim({ stance: "denies", content: "no treaty exists", inDispute: true });
    const text = renderText(
      makeBriefing({
        disputes: { items: [makeDispute()], more: 0 },
        groups: {
          items: [
            makeGroup({
              speakers: {
                items: [makeSpeaker({ name: "Boris Example", claims: { items: [denies], more: 2 } })],
                more: 0,
              },
            }),
          ],
          more: 0,
        },
      }),
    );
    expect(text).toContain("• Under DISPUTED: Boris Example — denies [1] (+2 more)");
    expect(text).toContain("denies   Boris Example, Example Ministry spokeswoman: no treaty exists [1]");
    expect(text.match(/no treaty exists/gu)).toHaveLength(1);
  });

  it("when a claim in who claims what is long, then it takes one line, shortened at a word with …", () => {
    const long = makeClaim({ content: `talks ${"will continue ".repeat(20)}next week` });
    const text = renderText(
      makeBriefing({
        groups: {
          items: [
            makeGroup({
              speakers: { items: [makeSpeaker({ claims: { items: [long], more: 0 } })], more: 0 },
            }),
          ],
          more: 0,
        },
      }),
    );
    const line = text.split("\n").find((candidate) => candidate.startsWith("• Anna Example"));
    expect(line).toMatch(
      /^• Anna Example, Example Ministry spokeswoman — asserts: talks will continue .*will… \[1\]$/u,
    );
    expect(line?.length).toBeLessThanOrEqual(100);
  });

  it("when lines are long, then they wrap at word boundaries within 100 columns", () => {
    const text = renderText(
      makeBriefing({ events: { items: [makeEvent({ summary: "word ".repeat(60).trim() })], more: 0 } }),
    );
    for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(100);
  });
});

describe("renderMarkdown", () => {
  it("when a headline tries to link, format or inject HTML, then it renders as literal text", () => {
    const markdown = renderMarkdown(
      makeBriefing({ events: { items: [makeEvent({ summary: hostileText })], more: 0 } }),
    );
    expect(markdown).not.toContain("[click](https://evil.test)");
    expect(markdown).toContain("\\[click\\]\\(https://evil.test\\)");
    expect(markdown).not.toContain("**bold**");
    expect(markdown).not.toMatch(/<(!|@|#|b>)/);
    expect(markdown).toContain("&lt;!channel&gt;".replace("&gt;", "\\>"));
  });

  it("when a speaker denies, then the stance is a bold word and the source is a link", () => {
    const markdown = renderMarkdown(denial);
    expect(markdown).toContain("**denies** no treaty exists ([Example Daily](https://example.test/news/1))");
  });
});
