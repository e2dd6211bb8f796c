import type { BriefingRecord } from "../../../src/delivery/briefing-record.js";
import type { Subscription } from "../../../src/delivery/subscription.js";
import { makeBriefing } from "../briefing/support/make-briefing.js";

/** An outbox row for slot `slot`, pending and due at once unless told otherwise. */
export function makeOutboxBriefing(
  overrides: Partial<BriefingRecord> & { id: string; slot: string },
): BriefingRecord {
  return {
    subscriptionId: "sub-1",
    channel: "slack:C042",
    workspaceId: "T1",
    topic: "peace-plan",
    since: new Date(Date.parse(overrides.slot) - 86_400_000).toISOString(),
    until: overrides.slot,
    createdAt: overrides.slot,
    briefing: makeBriefing(),
    status: "pending",
    attempts: 0,
    nextAttemptAt: overrides.slot,
    lastError: null,
    postedAt: null,
    messageIds: [],
    ...overrides,
  };
}

/** A subscription of slack:C042 to peace-plan at 08:00 Kyiv time. */
export function makeSubscription(overrides: Partial<Subscription> = {}): Subscription {
  return {
    id: "sub-1",
    workspaceId: "T1",
    channel: "slack:C042",
    topic: "peace-plan",
    cron: "0 8 * * *",
    timezone: "Europe/Kyiv",
    source: "admin",
    createdBy: "slack:U1",
    createdAt: "2025-11-01T00:00:00.000Z",
    updatedBy: "slack:U1",
    updatedAt: "2025-11-01T00:00:00.000Z",
    pausedReason: null,
    ...overrides,
  };
}
