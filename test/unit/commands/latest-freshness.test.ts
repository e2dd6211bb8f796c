import { describe, expect, it } from "vitest";
import { storeBackends } from "../../support/test-stores.js";
import { makeContext, makeRequest } from "./support/command-context.js";
import { useCommandHarness } from "./support/command-harness.js";
import { makeArticle, makeTopic, speakers, storeArticle } from "./support/seed.js";

describe("/latest as the store changes", () => {
  const harness = useCommandHarness(storeBackends[0] as (typeof storeBackends)[number]);

  it("when a speaker is first heard after the speaker list was read, then a recent claim is found by surname", async () => {
    const h = harness();
    await h.store.upsertTopic(makeTopic());
    await storeArticle(h.store, makeArticle({ publishedAt: "2025-11-19T09:00:00.000Z" }), [
      { speaker: speakers.peskov, content: "contacts with Washington continue at a working level" },
    ]);
    expect((await h.ask(makeRequest("latest", { who: "peskov" }))).reply.title).toContain("Dmitry Peskov");
    await storeArticle(h.store, makeArticle({ publishedAt: "2025-11-20T09:00:00.000Z" }), [
      { speaker: speakers.polyanskiy, content: "the council will discuss the peace plan next week" },
    ]);
    expect((await h.ask(makeRequest("latest", { who: "polyanskiy" }))).reply.title).toContain(
      "Dmitry Polyanskiy",
    );
  });

  it("when a late article carries an older date, then its new speaker is still found by full name", async () => {
    const h = harness();
    await h.store.upsertTopic(makeTopic());
    await storeArticle(h.store, makeArticle({ publishedAt: "2025-11-20T09:00:00.000Z" }), [
      { speaker: speakers.peskov, content: "contacts with Washington continue at a working level" },
    ]);
    await h.ask(makeRequest("latest", { who: "peskov" }));
    await storeArticle(h.store, makeArticle({ publishedAt: "2025-11-10T09:00:00.000Z" }), [
      { speaker: speakers.polyanskiy, content: "the council will discuss the peace plan next week" },
    ]);
    const { reply } = await h.ask(makeRequest("latest", { who: "Dmitry Polyanskiy" }));
    expect(reply.title).toBe("Dmitry Polyanskiy · Russian mission to the UN deputy envoy · Russia");
  });

  it("when the same question arrives many times at once, then every asker gets the same full answer", async () => {
    const h = harness();
    await h.store.upsertTopic(makeTopic());
    await storeArticle(h.store, makeArticle(), [
      {
        speaker: speakers.peskov,
        content: "no such plan is being discussed with the United States",
        stance: "denies",
      },
    ]);
    const handler = h.handler();
    const replies = await Promise.all(
      Array.from({ length: 50 }, () => handler.handle(makeRequest("latest", { who: "peskov" }))),
    );
    expect(new Set(replies.map((reply) => JSON.stringify(reply))).size).toBe(1);
    expect(replies[0]?.title).toBe("Dmitry Peskov · Kremlin spokesman · Russia");
  });
});

describe("/latest with the settings cache on", () => {
  const harness = useCommandHarness(storeBackends[0] as (typeof storeBackends)[number]);

  it("when an admin changes topics through the handler, then the next /latest sees it at once, while changes behind its back wait for the cache", async () => {
    const h = harness();
    await h.store.upsertTopic(makeTopic());
    await storeArticle(h.store, makeArticle(), [
      {
        speaker: speakers.peskov,
        content: "no such plan is being discussed with the United States",
        stance: "denies",
      },
    ]);
    const handler = h.handler({ settingsCacheMs: 60_000 });
    const ask = async () =>
      (await handler.handle(makeRequest("latest", { who: "peskov", topic: "grain" }))).title;
    expect(await ask()).toBe("Unknown topic “grain”.");
    await h.store.upsertTopic(
      makeTopic({ workspaceId: "T0WORK", name: "grain", title: "Grain deal", query: "grain" }),
    );
    expect(await ask()).toBe("Unknown topic “grain”.");
    await handler.handle(
      makeRequest(
        "topic",
        { name: "grain", query: "wheat" },
        { subcommand: "add", context: makeContext({ admin: true }) },
      ),
    );
    expect(await ask()).toBe("No claims by Dmitry Peskov on Grain deal yet.");
  });

  it("when topics change behind its back and the cache time passes, then one command still sees the old ones while they are read again, and the next sees the change", async () => {
    const h = harness();
    await h.store.upsertTopic(makeTopic());
    await storeArticle(h.store, makeArticle(), [
      { speaker: speakers.peskov, content: "no such plan is being discussed with the United States" },
    ]);
    const handler = h.handler({ settingsCacheMs: 50 });
    const ask = async () =>
      (await handler.handle(makeRequest("latest", { who: "peskov", topic: "grain" }))).title;
    expect(await ask()).toBe("Unknown topic “grain”.");
    await h.store.upsertTopic(
      makeTopic({ workspaceId: "T0WORK", name: "grain", title: "Grain deal", query: "grain" }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await ask()).toBe("Unknown topic “grain”.");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await ask()).toBe("No claims by Dmitry Peskov on Grain deal yet.");
  });

  it("when the same question comes again within the cache time, then the answer is reused, new claims and all", async () => {
    const h = harness();
    await h.store.upsertTopic(makeTopic());
    await storeArticle(h.store, makeArticle(), [
      {
        speaker: speakers.peskov,
        content: "no such plan is being discussed with the United States",
        stance: "denies",
      },
    ]);
    const handler = h.handler({ settingsCacheMs: 60_000 });
    const first = await handler.handle(makeRequest("latest", { who: "peskov" }));
    await storeArticle(h.store, makeArticle({ publishedAt: "2025-11-20T20:00:00.000Z" }), [
      {
        speaker: speakers.peskov,
        content: "the Kremlin has now received the draft of the plan",
        stance: "confirms",
      },
    ]);
    expect(await handler.handle(makeRequest("latest", { who: "peskov" }))).toEqual(first);
    const elsewhere = await handler.handle(
      makeRequest("latest", { who: "peskov" }, { context: makeContext({ channelId: "C0NEW" }) }),
    );
    expect(JSON.stringify(elsewhere)).toContain("received the draft");
  });
});
