import { describe, expect, it } from "vitest";
import { storeBackends } from "../../support/test-stores.js";
import { makeRequest } from "./support/command-context.js";
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
