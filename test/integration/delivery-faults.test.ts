import { describe, expect, it } from "vitest";
import type { ChatAdapter } from "../../src/chat/chat-adapter.js";
import { deliverDueBriefings } from "../../src/delivery/deliver-due-briefings.js";
import { silentLogger } from "../../src/logger.js";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { useDiscordAdapter } from "../fakes/discord/use-discord-adapter.js";
import type { DiscordFault } from "../fakes/fake-discord.js";
import type { Fault } from "../fakes/fake-slack.js";
import { createRecordingHandler } from "../fakes/slack/recording-handler.js";
import { useSlack } from "../fakes/slack/use-slack.js";
import { makeBriefing } from "../unit/briefing/support/make-briefing.js";
import { makeOutboxBriefing, makeSubscription } from "../unit/store/outbox-factories.js";

const slot = "2025-11-21T06:00:00.000Z";

/** Send one outbox briefing through `adapter` until it is sent (the clock jumps past each wait). */
async function deliverThrough(store: Store, adapter: ChatAdapter, channel: string): Promise<void> {
  await store.recordBriefing(makeOutboxBriefing({ id: "b-fault", slot, channel, briefing: makeBriefing() }));
  let clock = Date.parse(slot) + 1_000;
  for (let round = 0; round < 8 && (await store.getBriefing("b-fault"))?.status === "pending"; round++) {
    await deliverDueBriefings({
      store,
      adapters: new Map([[adapter.platform, adapter]]),
      logger: silentLogger,
      owner: "fault-test",
      now: () => new Date(clock),
      leaseMs: 1_000,
      retry: { maxAttempts: 6, baseDelayMs: 10, maxDelayMs: 100 },
    });
    clock += 120_000;
  }
}

describe("delivery through Slack when the platform misbehaves", () => {
  const slack = useSlack();
  const faults: [string, Fault][] = [
    ["429 with Retry-After", { kind: "ratelimited", retryAfterSeconds: 1 }],
    ["500", { kind: "status", status: 500 }],
    ["a hang", { kind: "hang" }],
    ["a reset connection", { kind: "reset" }],
    ["an accepted message whose answer is lost", { kind: "lost-answer" }],
  ];
  it.each(faults)(
    "when chat.postMessage answers with %s, then the briefing still arrives exactly once",
    async (_name, fault) => {
      const store = await openStore("sqlite::memory:");
      try {
        const adapter = slack().adapter({ requestTimeoutMs: 300 });
        await adapter.start(createRecordingHandler());
        slack().fake.fault("chat.postMessage", fault);
        await deliverThrough(store, adapter, "slack:C042");
        expect((await store.getBriefing("b-fault"))?.status).toBe("sent");
        const posted = slack().fake.messages.filter(
          (message) => message.metadata?.event_payload.briefing_id === "b-fault",
        );
        expect(posted).toHaveLength(1);
      } finally {
        await store.close();
      }
    },
  );
});

describe("delivery through Discord when the platform misbehaves", () => {
  const discord = useDiscordAdapter();
  const faults: [string, DiscordFault][] = [
    [
      "429 with Retry-After",
      {
        status: 429,
        retryAfterSeconds: 5,
        body: { message: "You are being rate limited.", retry_after: 5, global: false },
      },
    ],
    ["500", { status: 500 }],
    ["a hang", { kind: "hang" }],
    ["a reset connection", { kind: "reset" }],
    ["an accepted message whose answer is lost", { kind: "accept-then-reset" }],
  ];
  it.each(faults)(
    "when creating the message answers with %s, then the briefing still arrives exactly once",
    async (_name, fault) => {
      const store = await openStore("sqlite::memory:");
      try {
        const bed = await discord();
        await bed.adapter.start(createRecordingHandler());
        const channel = "1300000000000000077";
        bed.fake.fault("POST", new RegExp(`^/channels/${channel}/messages$`), fault, { times: 1 });
        await deliverThrough(store, bed.adapter, `discord:${channel}`);
        expect((await store.getBriefing("b-fault"))?.status).toBe("sent");
        const stored = bed.fake.state.messages.get(channel) ?? [];
        expect(stored).toHaveLength(1);
      } finally {
        await store.close();
      }
    },
  );
});

describe("a briefing the platform refuses for good", () => {
  const slack = useSlack();
  const discord = useDiscordAdapter();

  it("when Slack says channel_not_found, then it is not retried, the subscription is paused and its admin is told in a direct message", async () => {
    const store = await openStore("sqlite::memory:");
    try {
      await store.upsertSubscription(
        makeSubscription({ createdBy: "slack:U0ADMIN", updatedBy: "slack:U0ADMIN" }),
      );
      const adapter = slack().adapter({ requestTimeoutMs: 300 });
      await adapter.start(createRecordingHandler());
      slack().fake.fault("chat.postMessage", { kind: "error", error: "channel_not_found" });
      await deliverThrough(store, adapter, "slack:C042");
      expect((await store.getBriefing("b-fault"))?.status).toBe("failed");
      expect((await store.getSubscription("sub-1"))?.pausedReason).toMatch(/channel/i);
      const dm = slack().fake.messages.find((message) => message.channel === "U0ADMIN");
      expect(dm?.text).toContain("newsbrief paused the peace-plan briefings for slack:C042");
    } finally {
      await store.close();
    }
  });

  it("when Discord answers 404 Unknown Channel, then the subscription is paused and its admin is told in a direct message", async () => {
    const store = await openStore("sqlite::memory:");
    try {
      const admin = "1300000000000000555";
      await store.upsertSubscription(
        makeSubscription({
          channel: "discord:1300000000000000077",
          createdBy: `discord:${admin}`,
          updatedBy: `discord:${admin}`,
        }),
      );
      const bed = await discord();
      await bed.adapter.start(createRecordingHandler());
      bed.fake.fault("POST", /^\/channels\/1300000000000000077\/messages$/, {
        status: 404,
        body: { message: "Unknown Channel", code: 10003 },
      });
      await deliverThrough(store, bed.adapter, "discord:1300000000000000077");
      expect((await store.getSubscription("sub-1"))?.pausedReason).not.toBeNull();
      expect(bed.fake.requestsTo("POST", /^\/users\/@me\/channels$/)[0]?.body).toEqual({
        recipient_id: admin,
      });
      const [dm] = bed.fake.state.messages.get(`9${admin.slice(1)}`) ?? [];
      expect((dm as { content?: string } | undefined)?.content).toMatch(
        /^newsbrief paused the peace\\?-plan briefings for discord:/,
      );
    } finally {
      await store.close();
    }
  });
});
