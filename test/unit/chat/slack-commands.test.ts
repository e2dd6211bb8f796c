import { describe, expect, it } from "vitest";
import { parseSlackCommand } from "../../../src/chat/slack/commands.js";
import { commandSpecs } from "../../../src/commands/command-specs.js";

const newsbrief = (text: string) => parseSlackCommand("/newsbrief", text);

describe("parseSlackCommand: /latest", () => {
  it.each([
    ["", {}],
    ["peskov", { who: "peskov" }],
    ["peskov in peace-plan", { who: "peskov", topic: "peace-plan" }],
    ["dmitry peskov in peace-plan", { who: "dmitry peskov", topic: "peace-plan" }],
    ['"Dmitry Peskov"', { who: "Dmitry Peskov" }],
    ["in peace-plan", { topic: "peace-plan" }],
    ["russia public", { who: "russia", public: true }],
    ["public", { public: true }],
    ["  Peskov   IN   peace-plan  public ", { who: "Peskov", topic: "peace-plan", public: true }],
  ])("when the text is %j, then the options are %j", (text, options) => {
    expect(parseSlackCommand("/latest", text)).toEqual({ kind: "request", command: "latest", options });
  });

  it("when “in” has no topic after it, then the answer says so and shows the usage", () => {
    const parsed = parseSlackCommand("/latest", "peskov in");
    expect(parsed).toEqual({
      kind: "invalid",
      problem: "“in” needs a topic name after it.",
      usage: ["/latest [WHO] [in TOPIC] [public]"],
    });
  });

  it("when the topic after “in” is two words, then it is refused as malformed", () => {
    const parsed = parseSlackCommand("/latest", "peskov in peace plan");
    expect(parsed.kind).toBe("invalid");
    expect(parsed.kind === "invalid" && parsed.problem).toContain("one word");
  });
});

describe("parseSlackCommand: /newsbrief", () => {
  it.each([
    ["briefing", "briefing", undefined, {}],
    ["briefing peace-plan", "briefing", undefined, { topic: "peace-plan" }],
    ["briefing peace-plan public", "briefing", undefined, { topic: "peace-plan", public: true }],
    ["briefing public", "briefing", undefined, { public: true }],
    [
      'topic add peace-plan "peace plan" OR Witkoff',
      "topic",
      "add",
      { name: "peace-plan", query: '"peace plan" OR Witkoff' },
    ],
    [
      "  topic   add   peace-plan    (Kyiv|Kiev)  AND  NOT  sport ",
      "topic",
      "add",
      { name: "peace-plan", query: "(Kyiv|Kiev)  AND  NOT  sport" },
    ],
    ["Topic Add peace-plan “peace plan”", "topic", "add", { name: "peace-plan", query: '"peace plan"' }],
    ["topic list", "topic", "list", {}],
    ["topic remove peace-plan", "topic", "remove", { name: "peace-plan" }],
    ['topic test "peace plan" AND Witkoff', "topic", "test", { query: '"peace plan" AND Witkoff' }],
    ["feed add https://example.test/rss", "feed", "add", { url: "https://example.test/rss" }],
    [
      "feed add <https://example.test/rss?a=1&amp;b=2> Example Daily",
      "feed",
      "add",
      { url: "https://example.test/rss?a=1&b=2", outlet: "Example Daily" },
    ],
    ["feed list", "feed", "list", {}],
    [
      "feed remove <https://example.test/rss|example.test/rss>",
      "feed",
      "remove",
      { url: "https://example.test/rss" },
    ],
    ["subscribe peace-plan", "subscribe", undefined, { topic: "peace-plan" }],
    ["subscribe peace-plan 07:30", "subscribe", undefined, { topic: "peace-plan", time: "07:30" }],
    [
      "subscribe peace-plan 07:30 Europe/Kyiv",
      "subscribe",
      undefined,
      { topic: "peace-plan", time: "07:30", timezone: "Europe/Kyiv" },
    ],
    [
      "subscribe peace-plan Europe/Kyiv",
      "subscribe",
      undefined,
      { topic: "peace-plan", timezone: "Europe/Kyiv" },
    ],
    ["unsubscribe", "unsubscribe", undefined, {}],
    ["unsubscribe peace-plan", "unsubscribe", undefined, { topic: "peace-plan" }],
    ["status", "status", undefined, {}],
    ["help", "help", undefined, {}],
    ["", "help", undefined, {}],
    ["   ", "help", undefined, {}],
  ])("when the text is %j, then it is %s %s with %j", (text, command, subcommand, options) => {
    const expected = subcommand === undefined ? { command, options } : { command, subcommand, options };
    expect(newsbrief(text)).toEqual({ kind: "request", ...expected });
  });

  it("when the subcommand is unknown, then the help is asked for, with a note naming what was typed", () => {
    expect(newsbrief("frobnicate now")).toEqual({
      kind: "request",
      command: "help",
      options: {},
      note: "“frobnicate” is not a newsbrief command.",
    });
  });

  it.each([
    ["topic", "topic needs one of add, list, remove or test.", 4],
    ["topic rename a b", "topic needs one of add, list, remove or test.", 4],
    ["topic add peace-plan", "topic add needs a name and then a query.", 1],
    ["topic add", "topic add needs a name and then a query.", 1],
    ["topic remove", "topic remove needs exactly one topic name.", 1],
    ["topic remove a b", "topic remove needs exactly one topic name.", 1],
    ["topic test", "topic test needs a query.", 1],
    ["topic list everything", "topic list takes no arguments.", 1],
    ["feed", "feed needs one of add, list or remove.", 3],
    ["feed add", "feed add needs the feed's URL.", 1],
    ["feed remove", "feed remove needs exactly one URL.", 1],
    ["subscribe", "subscribe needs a topic name.", 1],
    [
      "subscribe peace-plan 07:00 08:00",
      "subscribe takes a topic, then at most one time and one time zone.",
      1,
    ],
    ["unsubscribe a b", "unsubscribe takes at most one topic name.", 1],
    ["briefing a b", "briefing takes one topic name at most.", 1],
    ["status now", "status takes no arguments.", 1],
  ])("when the text is %j, then it is refused: %s", (text, problem, usages) => {
    const parsed = newsbrief(text);
    expect(parsed).toMatchObject({ kind: "invalid", problem });
    expect(parsed.kind === "invalid" && parsed.usage).toHaveLength(usages);
  });

  it("when every command of the table is typed in its Slack form, then it parses to that command", () => {
    const typed: Record<string, string> = {
      latest: "peskov",
      briefing: "briefing",
      topic: "topic list",
      feed: "feed list",
      subscribe: "subscribe peace-plan",
      unsubscribe: "unsubscribe",
      status: "status",
      help: "help",
    };
    for (const spec of commandSpecs) {
      const text = typed[spec.name];
      expect(text, `a Slack form for ${spec.name}`).toBeDefined();
      const parsed = parseSlackCommand(spec.name === "latest" ? "/latest" : "/newsbrief", text ?? "");
      expect(parsed).toMatchObject({ kind: "request", command: spec.name });
    }
  });

  it("when options are parsed, then their names are the ones commandSpecs declares", () => {
    const declared = (command: string, subcommand?: string) => {
      const spec = commandSpecs.find((candidate) => candidate.name === command);
      const options = subcommand
        ? spec?.subcommands?.find((sub) => sub.name === subcommand)?.options
        : spec?.options;
      return new Set((options ?? []).map((option) => option.name));
    };
    for (const [command, text] of [
      ["/latest", "peskov in peace-plan public"],
      ["/newsbrief", "briefing peace-plan public"],
      ["/newsbrief", 'topic add peace-plan "peace plan"'],
      ["/newsbrief", "topic remove peace-plan"],
      ["/newsbrief", "topic test Witkoff"],
      ["/newsbrief", "feed add https://example.test/rss Example"],
      ["/newsbrief", "feed remove https://example.test/rss"],
      ["/newsbrief", "subscribe peace-plan 07:30 Europe/Kyiv"],
      ["/newsbrief", "unsubscribe peace-plan"],
    ] as const) {
      const parsed = parseSlackCommand(command, text);
      if (parsed.kind !== "request") throw new Error(`${text} did not parse`);
      const names = Object.keys(parsed.options);
      expect(names.length).toBeGreaterThan(0);
      for (const name of names)
        expect(declared(parsed.command, parsed.subcommand).has(name), name).toBe(true);
    }
  });
});
