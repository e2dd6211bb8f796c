import { describe, expect, it } from "vitest";
import type { CompletionRequest } from "../../../src/commands/command-request.js";
import { storeBackends } from "../../support/test-stores.js";
import { makeContext } from "./support/command-context.js";
import { useCommandHarness } from "./support/command-harness.js";
import { makeArticle, makeTopic, speakers, storeArticle } from "./support/seed.js";

const ask = (request: Omit<CompletionRequest, "context">): CompletionRequest => ({
  ...request,
  context: makeContext(),
});

describe("autocomplete", () => {
  const harness = useCommandHarness(storeBackends[0] as (typeof storeBackends)[number]);

  it("when who is typed, then matching sides and speakers come back, the most recently heard first", async () => {
    const h = harness();
    await storeArticle(h.store, makeArticle({ publishedAt: "2025-11-18T09:00:00.000Z" }), [
      { speaker: speakers.polyanskiy, content: "the council meets on the peace plan next week" },
    ]);
    await storeArticle(h.store, makeArticle({ publishedAt: "2025-11-20T09:00:00.000Z" }), [
      { speaker: speakers.peskov, content: "no such plan is being discussed", stance: "denies" },
    ]);
    const choices = await h.handler().complete(ask({ command: "latest", option: "who", value: "dmi" }));
    expect(choices.slice(0, 2)).toEqual([
      { name: "Dmitry Peskov — Kremlin spokesman, Russia", value: "Dmitry Peskov" },
      { name: "Dmitry Polyanskiy — Russia", value: "Dmitry Polyanskiy" },
    ]);
    expect(choices.map((choice) => choice.value)).toContain("Dmitry Medvedev");
    const sides = await h.handler().complete(ask({ command: "latest", option: "who", value: "ru" }));
    expect(sides[0]).toEqual({ name: "Russia (side)", value: "russia" });
  });

  it("when nothing is typed for who, then sides and heard speakers come back, within Discord's limits", async () => {
    const h = harness();
    await storeArticle(h.store, makeArticle(), [
      { speaker: speakers.peskov, content: "no such plan is being discussed", stance: "denies" },
    ]);
    const choices = await h.handler().complete(ask({ command: "latest", option: "who", value: "" }));
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices.map((choice) => choice.value)).toEqual(
      expect.arrayContaining(["russia", "us", "ukraine", "Dmitry Peskov"]),
    );
    expect(choices.map((choice) => choice.value)).not.toContain("Sergei Lavrov");
  });

  it("when a topic is typed, then the workspace's topics match; /topic remove offers only its own", async () => {
    const h = harness();
    await h.store.upsertTopic(makeTopic());
    await h.store.upsertTopic(
      makeTopic({ workspaceId: "T0WORK", name: "peace-deal", title: "Peace deal", query: "deal" }),
    );
    const any = await h.handler().complete(ask({ command: "briefing", option: "topic", value: "peace" }));
    expect(any).toEqual([
      { name: "peace-deal — Peace deal", value: "peace-deal" },
      { name: "peace-plan — Peace plan for Ukraine", value: "peace-plan" },
    ]);
    const own = await h
      .handler()
      .complete(ask({ command: "topic", subcommand: "remove", option: "name", value: "" }));
    expect(own).toEqual([{ name: "peace-deal — Peace deal", value: "peace-deal" }]);
  });

  it("when a time zone is typed, then IANA zones containing it come back, cities starting with it first", async () => {
    const h = harness();
    const kyiv = await h.handler().complete(ask({ command: "subscribe", option: "timezone", value: "kyiv" }));
    expect(kyiv[0]).toEqual({ name: "Europe/Kyiv", value: "Europe/Kyiv" });
    const broad = await h.handler().complete(ask({ command: "subscribe", option: "timezone", value: "a" }));
    expect(broad).toHaveLength(25);
    expect(broad.every((choice) => choice.name.length <= 100 && choice.value.length <= 100)).toBe(true);
  });

  it("when a long URL is offered, then its name is shortened to 100 characters and its value is the feed id", async () => {
    const h = harness();
    const url = `https://feeds.example/${"very-long-path/".repeat(10)}feed.xml`;
    const feed = await h.store.upsertFeed({ url, source: "admin", workspaceId: "T0WORK" });
    const [choice] = await h
      .handler()
      .complete(ask({ command: "feed", subcommand: "remove", option: "url", value: "" }));
    expect(choice?.name.length).toBeLessThanOrEqual(100);
    expect(choice?.value).toBe(feed.id);
  });

  it("when an option has no suggestions, then none come back", async () => {
    const choices = await harness()
      .handler()
      .complete(ask({ command: "topic", subcommand: "add", option: "query", value: "x" }));
    expect(choices).toEqual([]);
  });
});
