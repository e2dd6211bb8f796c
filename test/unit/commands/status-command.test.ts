import { describe, expect, it } from "vitest";
import { storeBackends } from "../../support/test-stores.js";
import { makeOutboxBriefing } from "../store/outbox-factories.js";
import { makeContext, makeRequest } from "./support/command-context.js";
import { useCommandHarness } from "./support/command-harness.js";
import { makeTopic } from "./support/seed.js";

describe("/status", () => {
  const harness = useCommandHarness(storeBackends[0] as (typeof storeBackends)[number]);

  it("when feeds were fetched and the channel subscribes, then it shows the last ingest, feed health and the next briefing", async () => {
    const h = harness();
    await h.store.upsertTopic(makeTopic());
    const ok = await h.store.upsertFeed({ url: "https://feeds.example/ok.xml", source: "config" });
    await h.store.recordFetchSuccess(ok.id, {
      at: "2025-11-21T05:48:00.000Z",
      nextPollAt: "2025-11-21T06:00:00.000Z",
      etag: null,
      lastModified: null,
      bodyHash: null,
    });
    const bad = await h.store.upsertFeed({ url: "https://feeds.example/bad.xml", source: "config" });
    await h.store.recordFetchFailure(bad.id, {
      at: "2025-11-21T05:40:00.000Z",
      reason: "timeout",
      nextPollAt: "2025-11-21T06:00:00.000Z",
      disable: null,
    });
    await h.ask(
      makeRequest(
        "subscribe",
        { topic: "peace-plan", time: "08:00", timezone: "Europe/Kyiv" },
        { context: makeContext({ admin: true }) },
      ),
    );
    const { reply, text } = await h.ask(makeRequest("status"));
    expect(reply).toMatchObject({ ephemeral: true, tone: "info" });
    expect(text).toContain("Last ingest: Fri 21 Nov 2025, 05:48 UTC (12 min ago).");
    expect(text).toContain("Feeds: 1 healthy, 1 failing, 0 disabled");
    // 08:00 in Kyiv is 06:00 UTC, which is now: the next slot is this very minute.
    expect(text).toContain("peace-plan: daily 08:00 Europe/Kyiv · next Fri 21 Nov 2025, 08:00 Europe/Kyiv");
  });

  it("when nothing was fetched and the channel has no subscription, then it says both", async () => {
    const { text } = await harness().ask(makeRequest("status"));
    expect(text).toContain("Last ingest: no feed fetched yet.");
    expect(text).toContain("No subscriptions: an admin can add one with /subscribe.");
  });

  it("when a subscription is paused, then its reason is shown instead of a next time", async () => {
    const h = harness();
    await h.store.upsertTopic(makeTopic());
    await h.ask(makeRequest("subscribe", { topic: "peace-plan" }, { context: makeContext({ admin: true }) }));
    const [subscription] = await h.store.listSubscriptions();
    await h.store.pauseSubscription(
      subscription?.id ?? "",
      "the bot was removed from the channel",
      "2025-11-21T06:00:00.000Z",
    );
    const { text } = await h.ask(makeRequest("status"));
    expect(text).toContain("peace-plan: daily 08:00 UTC · paused: the bot was removed from the channel");
  });

  it("when a briefing of the channel is retrying or was given up, then status says so with the reason", async () => {
    const h = harness();
    const base = { workspaceId: "T0WORK", channel: "slack:C0CHAN", topic: "peace-plan" };
    await h.store.recordBriefing(
      makeOutboxBriefing({
        ...base,
        id: "w1",
        slot: "2025-11-21T06:00:00.000Z",
        attempts: 2,
        lastError: "slack answered 500",
      }),
    );
    await h.store.recordBriefing(makeOutboxBriefing({ ...base, id: "f1", slot: "2025-11-20T06:00:00.000Z" }));
    await h.store.markBriefingFailed("f1", "the bot is not in channel C0CHAN");
    const { text } = await h.ask(makeRequest("status"));
    expect(text).toContain("BRIEFINGS WAITING OR FAILED");
    expect(text).toContain(
      "peace-plan, slot Fri 21 Nov 2025, 06:00 UTC · waiting (2 attempts so far; last: slack answered 500)",
    );
    expect(text).toContain(
      "peace-plan, slot Thu 20 Nov 2025, 06:00 UTC · failed: the bot is not in channel C0CHAN",
    );
  });
});
