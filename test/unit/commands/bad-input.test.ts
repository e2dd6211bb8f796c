import { describe, expect, it } from "vitest";
import type { CommandRequest } from "../../../src/commands/command-request.js";
import { storeBackends } from "../../support/test-stores.js";
import { makeContext, makeRequest } from "./support/command-context.js";
import { useCommandHarness } from "./support/command-harness.js";
import { makeTopic } from "./support/seed.js";

const admin = () => makeContext({ admin: true });

/** Bad input, and the words the answer must contain: what was wrong and what is expected. */
const cases: [string, CommandRequest, string[]][] = [
  [
    "an unknown subcommand",
    makeRequest("topic", {}, { subcommand: "frobnicate" }),
    ["Unknown subcommand “frobnicate”.", "Expected /newsbrief topic add|list|remove|test"],
  ],
  [
    "a missing subcommand",
    makeRequest("feed"),
    ["A subcommand is missing.", "Expected /newsbrief feed add|list|remove"],
  ],
  [
    "a missing argument",
    makeRequest("topic", { name: "grain" }, { subcommand: "add", context: admin() }),
    ["Missing “query”", "Expected /newsbrief topic add name query [title]"],
  ],
  [
    "a blank argument",
    makeRequest("topic", { name: "  ", query: "grain" }, { subcommand: "add", context: admin() }),
    ["Missing “name”"],
  ],
  [
    "an overlong argument",
    makeRequest("latest", { who: "x".repeat(101) }),
    ["“who” is too long: at most 100 characters."],
  ],
  [
    "a bad topic name",
    makeRequest("topic", { name: "Grain Deal", query: "grain" }, { subcommand: "add", context: admin() }),
    ["“Grain Deal” is not a topic name.", "lower-case letters, digits and dashes"],
  ],
  [
    "a query with a dangling NOT",
    makeRequest("topic", { query: "NOT" }, { subcommand: "test" }),
    ["The query is not valid: NOT needs something after it at character 1."],
  ],
  [
    "a bad time",
    makeRequest("subscribe", { topic: "peace-plan", time: "25:00" }, { context: admin() }),
    ["“25:00” is not a time of day.", "Expected HH:MM, 24-hour"],
  ],
  [
    "a bad time zone",
    makeRequest("subscribe", { topic: "peace-plan", timezone: "Mars/Olympus" }, { context: admin() }),
    ["“Mars/Olympus” is not a known time zone.", "Expected an IANA zone such as Europe/Kyiv"],
  ],
  [
    "an unknown topic",
    makeRequest("briefing", { topic: "nope" }),
    ["Unknown topic “nope”.", "Topics here: peace-plan (see /topic list)."],
  ],
  [
    "an unknown topic to subscribe",
    makeRequest("subscribe", { topic: "nope" }, { context: admin() }),
    ["Unknown topic “nope”."],
  ],
  [
    "a URL that is not http(s)",
    makeRequest("feed", { url: "file:///etc/passwd" }, { subcommand: "add", context: admin() }),
    ["“file:///etc/passwd” is not a feed URL.", "Expected the http(s) address"],
  ],
  [
    "a feed URL the guard refuses",
    makeRequest(
      "feed",
      { url: "http://169.254.169.254/latest/meta-data" },
      { subcommand: "add", context: admin() },
    ),
    ["The feed was refused: it points at a private, loopback or metadata address", "blocked_address"],
  ],
  [
    "unsubscribing a topic the channel does not have",
    makeRequest("unsubscribe", { topic: "grain" }, { context: admin() }),
    ["This channel is not subscribed to “grain”."],
  ],
];

describe("bad input", () => {
  const harness = useCommandHarness(storeBackends[0] as (typeof storeBackends)[number]);

  it.each(cases)(
    "when a command gets %s, then a short ephemeral error says what was wrong and what is expected",
    async (_name, request, expected) => {
      const h = harness();
      await h.store.upsertTopic(makeTopic());
      if (request.command === "unsubscribe") {
        await h.ask(makeRequest("subscribe", { topic: "peace-plan" }, { context: admin() }));
      }
      const { reply, text } = await h.ask(request);
      expect(reply).toMatchObject({ tone: "error", ephemeral: true });
      for (const words of expected) expect(text).toContain(words);
      expect(text.trimEnd().split("\n").length).toBeLessThanOrEqual(5);
    },
  );

  it("when a query has an error in the middle, then the answer points at its character with a caret", async () => {
    const h = harness();
    const query = "Ukraine AND (plan OR";
    const { text } = await h.ask(
      makeRequest("topic", { name: "broken", query }, { subcommand: "add", context: admin() }),
    );
    expect(text).toContain("The query is not valid: unbalanced parenthesis at character 13.");
    const lines = text.split("\n");
    const shown = lines.indexOf(query);
    expect(shown).toBeGreaterThan(0);
    expect(lines[shown + 1]).toBe(`${" ".repeat(12)}^`);
    expect(await h.store.getTopic("T0WORK", "broken")).toBeUndefined();
  });

  it("when the store fails unexpectedly, then the answer gives a ref and the log has the same ref", async () => {
    const h = harness();
    const store = { ...h.store, listTopics: async () => Promise.reject(new Error("disk on fire")) };
    const handler = h.handler({ store });
    const reply = await handler.handle(makeRequest("latest", { who: "peskov" }));
    const ref = /^Something went wrong \(ref ([0-9a-f]{8})\)\.$/.exec(reply.title)?.[1];
    expect(ref).toBeDefined();
    expect(reply).toMatchObject({ tone: "error", ephemeral: true });
    expect(h.logs).toContainEqual(
      expect.objectContaining({
        level: "error",
        message: "command failed",
        fields: expect.objectContaining({ ref, command: "latest" }),
      }),
    );
    expect(JSON.stringify(reply)).not.toContain("disk on fire");
  });

  it("when asking for admin rights fails, then it is an unexpected error with a ref, never a throw", async () => {
    const h = harness();
    const context = makeContext({ isAdmin: async () => Promise.reject(new Error("users.info timed out")) });
    const { reply } = await h.ask(makeRequest("subscribe", { topic: "peace-plan" }, { context }));
    expect(reply.title).toMatch(/^Something went wrong \(ref [0-9a-f]{8}\)\.$/);
  });

  it("when autocomplete fails, then it answers no choices and logs why", async () => {
    const h = harness();
    const store = { ...h.store, listTopics: async () => Promise.reject(new Error("gone")) };
    const choices = await h
      .handler({ store })
      .complete({ command: "briefing", option: "topic", value: "p", context: makeContext() });
    expect(choices).toEqual([]);
    expect(h.logs.some((line) => line.message === "autocomplete failed")).toBe(true);
  });
});
