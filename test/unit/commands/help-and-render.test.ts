import { describe, expect, it } from "vitest";
import { renderReplyText } from "../../../src/chat/console/render-reply.js";
import { commandSpecs } from "../../../src/commands/command-specs.js";
import { storeBackends } from "../../support/test-stores.js";
import { makeContext, makeRequest } from "./support/command-context.js";
import { useCommandHarness } from "./support/command-harness.js";

describe("help", () => {
  const harness = useCommandHarness(storeBackends[0] as (typeof storeBackends)[number]);

  it("when help is asked on Slack, then every command and subcommand is listed as typed there, admin ones marked", async () => {
    const { text } = await harness().ask(makeRequest("help"));
    expect(text).toContain(
      "/latest [who] [topic] [public] — The newest claims on the topic, by speaker or side",
    );
    expect(text).toContain("/newsbrief topic add name query [title] — Add or change a topic (admins)");
    expect(text).toContain("/newsbrief subscribe topic [time] [timezone]");
    expect(text).toContain("only workspace admins and owners may run them");
    for (const spec of commandSpecs.filter((candidate) => candidate.name !== "help")) {
      expect(text).toContain(spec.name === "latest" ? "/latest" : `/newsbrief ${spec.name}`);
    }
  });

  it("when help is asked on Discord, then commands are shown as Discord slash commands", async () => {
    const { text } = await harness().ask(
      makeRequest("help", {}, { context: makeContext({ platform: "discord" }) }),
    );
    expect(text).toContain("/feed add url [outlet]");
    expect(text).not.toContain("/newsbrief");
  });

  it("when Slack could not map a subcommand, then help names it and lists the commands", async () => {
    const { reply } = await harness().ask(makeRequest("help", {}, { subcommand: "frobnicate" }));
    expect(reply.title).toBe("Unknown command “frobnicate”. These are the commands:");
  });
});

describe("renderReplyText", () => {
  it("when a reply has sections, styled pieces and links, then it is plain text with links in angle brackets", () => {
    const text = renderReplyText({
      ephemeral: true,
      title: "Dmitry Peskov · Kremlin spokesman · Russia",
      sections: [
        {
          heading: "Claims",
          lines: [
            [{ text: "denies", bold: true }, " — ", "no such plan"],
            ["Thu 20 Nov · ", { text: "Instant World News", url: "https://news.example/a" }],
            [{ text: "https://news.example/b", url: "https://news.example/b" }],
          ],
        },
      ],
    });
    expect(text).toBe(
      [
        "Dmitry Peskov · Kremlin spokesman · Russia",
        "",
        "CLAIMS",
        "denies — no such plan",
        "Thu 20 Nov · Instant World News <https://news.example/a>",
        "https://news.example/b",
        "",
      ].join("\n"),
    );
  });

  it("when text carries newlines or control characters, then they cannot break the layout, but code keeps its spacing", () => {
    const text = renderReplyText({
      ephemeral: true,
      title: "Title\nwith\u0007 a break",
      sections: [{ lines: [["a\n\nb"], [{ text: "x   (", code: true }], [{ text: "    ^", code: true }]] }],
    });
    expect(text).toBe("Title with a break\n\na b\nx   (\n    ^\n");
  });
});
