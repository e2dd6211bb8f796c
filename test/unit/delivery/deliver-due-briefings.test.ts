import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ChatAdapter } from "../../../src/chat/chat-adapter.js";
import { deliverDueBriefings } from "../../../src/delivery/deliver-due-briefings.js";
import { silentLogger } from "../../../src/logger.js";
import { openStore } from "../../../src/store/open-store.js";
import type { Store } from "../../../src/store/store.js";
import { createRecordingAdapter } from "../../support/recording-adapter.js";
import { makeOutboxBriefing, makeSubscription } from "../store/outbox-factories.js";

const slot = "2025-11-21T06:00:00.000Z";
let store: Store;
let clock: number;
beforeEach(async () => {
  store = await openStore("sqlite::memory:");
  clock = Date.parse("2025-11-21T06:00:01.000Z");
  await store.upsertSubscription(makeSubscription());
  await store.recordBriefing(makeOutboxBriefing({ id: "b1", slot }));
});
afterEach(async () => {
  await store.close();
});

function deliver(adapter: ChatAdapter) {
  return deliverDueBriefings({
    store,
    adapters: new Map([[adapter.platform, adapter]]),
    logger: silentLogger,
    owner: "test",
    now: () => new Date(clock),
    retry: { maxAttempts: 3, baseDelayMs: 1_000, maxDelayMs: 10_000 },
  });
}

describe("deliverDueBriefings", () => {
  it("when a briefing is due, then it is posted to its channel once and marked sent with the platform's ids", async () => {
    const slack = createRecordingAdapter();
    expect(await deliver(slack)).toBe(1);
    expect(await deliver(slack)).toBe(0);
    expect(slack.posts.map((post) => [post.channelId, post.briefingId])).toEqual([["C042", "b1"]]);
    expect(await store.getBriefing("b1")).toMatchObject({
      status: "sent",
      messageIds: ["msg-b1"],
      attempts: 1,
    });
  });

  it("when the platform rate-limits, then the next attempt waits at least its Retry-After", async () => {
    const slack = createRecordingAdapter({
      results: [{ kind: "failed", reason: "ratelimited", retryAfterMs: 30_000 }],
    });
    await deliver(slack);
    const waiting = await store.getBriefing("b1");
    expect(waiting).toMatchObject({ status: "pending", lastError: "ratelimited" });
    expect(Date.parse(waiting?.nextAttemptAt ?? "") - clock).toBeGreaterThanOrEqual(30_000);
    clock += 29_000;
    expect(await deliver(slack)).toBe(0);
    clock += 1_000;
    await deliver(slack);
    expect(slack.posts).toHaveLength(2);
    expect((await store.getBriefing("b1"))?.status).toBe("sent");
  });

  it("when a retry follows an attempt that reached the platform, then it is found there and not posted again", async () => {
    // The platform accepted attempt 1 but the answer was lost (a reset after accepting).
    const slack = createRecordingAdapter({ results: [{ kind: "failed", reason: "connection reset" }] });
    await deliver(slack);
    clock += 60_000;
    const afterCrash = createRecordingAdapter({ acceptedBeforeCrash: ["b1"] });
    await deliver(afterCrash);
    expect(afterCrash.lookups).toEqual(["b1"]);
    expect(afterCrash.posts).toHaveLength(0);
    expect(await store.getBriefing("b1")).toMatchObject({ status: "sent", messageIds: ["msg-b1"] });
  });

  it("when 5xx failures continue past the retry limit, then the briefing is marked failed with the reason", async () => {
    const failing = { kind: "failed", reason: "slack answered 500" } as const;
    const slack = createRecordingAdapter({ results: [failing, failing, failing] });
    for (let round = 0; round < 3; round++) {
      await deliver(slack);
      clock += 60_000;
    }
    expect(slack.posts).toHaveLength(3);
    expect(await store.getBriefing("b1")).toMatchObject({
      status: "failed",
      lastError: "gave up after 3 attempts: slack answered 500",
    });
  });

  it("when the platform refuses for good, then it is not retried and the subscription is paused with the reason", async () => {
    const slack = createRecordingAdapter({
      results: [{ kind: "rejected", reason: "the bot is not in channel C042", status: 404 }],
    });
    await deliver(slack);
    clock += 3_600_000;
    await deliver(slack);
    expect(slack.posts).toHaveLength(1);
    expect((await store.getBriefing("b1"))?.status).toBe("failed");
    expect((await store.getSubscription("sub-1"))?.pausedReason).toBe("the bot is not in channel C042");
  });

  it("when a channel's platform has no adapter, then its briefing fails with why and other channels still get theirs", async () => {
    await store.recordBriefing(
      makeOutboxBriefing({ id: "d1", slot, channel: "discord:123", subscriptionId: "sub-2" }),
    );
    const slack = createRecordingAdapter();
    await deliver(slack);
    expect(slack.posts.map((post) => post.briefingId)).toEqual(["b1"]);
    expect(await store.getBriefing("d1")).toMatchObject({
      status: "failed",
      lastError: "no discord connection is configured",
    });
  });
});
