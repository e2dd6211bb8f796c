import { describe, expect, it } from "vitest";
import { storeBackends } from "../../support/test-stores.js";
import { makeOutboxBriefing } from "../store/outbox-factories.js";
import { makeRequest } from "./support/command-context.js";
import { useCommandHarness } from "./support/command-harness.js";
import { makeArticle, makeTopic, speakers, storeArticle } from "./support/seed.js";

describe("/briefing", () => {
  const harness = useCommandHarness(storeBackends[0] as (typeof storeBackends)[number]);

  it("when the channel has had no briefing, then it covers the last 24 hours, only for the asker", async () => {
    const h = harness();
    await h.store.upsertTopic(makeTopic());
    await storeArticle(h.store, makeArticle(), [
      {
        speaker: speakers.peskov,
        content: "no such plan is being discussed with the United States",
        stance: "denies",
      },
    ]);
    await storeArticle(
      h.store,
      makeArticle({ title: "Peace plan, two days old", publishedAt: "2025-11-19T05:00:00.000Z" }),
      [],
    );
    const { reply, text } = await h.ask(makeRequest("briefing"));
    expect(reply).toMatchObject({ ephemeral: true, tone: "info" });
    expect(reply.briefing?.period).toMatchObject({
      since: "2025-11-20T06:00:00.000Z",
      until: "2025-11-21T06:00:00.000Z",
    });
    expect(text).toContain("Peace plan for Ukraine · briefing for Fri 21 Nov 2025, 06:00 UTC");
    expect(text).toContain("Dmitry Peskov, Kremlin spokesman — denies: no such plan is being discussed");
    expect(text).not.toContain("two days old");
  });

  it("when the channel had a briefing, then this one starts where the last one ended", async () => {
    const h = harness();
    await h.store.upsertTopic(makeTopic());
    await h.store.recordBriefing({
      ...makeOutboxBriefing({ id: "base", slot: "2025-01-01T00:00:00.000Z" }),
      id: "b1",
      channel: "slack:C0CHAN",
      workspaceId: "T0WORK",
      topic: "peace-plan",
      slot: "2025-11-20T16:00:00.000Z",
      since: "2025-11-19T16:00:00.000Z",
      until: "2025-11-20T16:00:00.000Z",
      createdAt: "2025-11-20T16:00:00.000Z",
      postedAt: null,
      messageIds: [],
    });
    await h.store.markBriefingPosted("b1", ["m1"], "2025-11-20T16:00:05.000Z");
    const { reply } = await h.ask(makeRequest("briefing"));
    expect(reply.ephemeral).toBe(true);
    expect(reply.briefing?.period.since).toBe("2025-11-20T16:00:00.000Z");
    expect(reply.briefing?.period.sinceLabel).toBe("since yesterday 16:00");
  });

  it("when public is set, then the briefing goes into the outbox for this channel, once however often it is asked at once", async () => {
    const h = harness();
    await h.store.upsertTopic(makeTopic());
    await storeArticle(h.store, makeArticle(), [
      {
        speaker: speakers.peskov,
        content: "no such plan is being discussed with the United States",
        stance: "denies",
      },
    ]);
    const first = await h.ask(makeRequest("briefing", { public: true }));
    const again = await h.ask(makeRequest("briefing", { public: true }));
    expect(first.reply).toMatchObject({
      ephemeral: true,
      title: "Posting the peace-plan briefing to this channel now.",
    });
    expect(again.reply.title).toBe("That briefing is already on its way to this channel.");
    const [queued] = await h.store.unsentBriefings({ workspaceId: "T0WORK", channel: "slack:C0CHAN" }, 5);
    expect(queued).toMatchObject({
      subscriptionId: null,
      topic: "peace-plan",
      status: "pending",
      until: "2025-11-21T06:00:00.000Z",
    });
    expect(queued?.briefing.counts.articles).toBe(1);
    expect((await h.store.countBriefingsByStatus()).pending).toBe(1);
  });
});
