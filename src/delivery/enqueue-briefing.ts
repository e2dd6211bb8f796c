import { composeBriefing } from "../briefing/compose-briefing.js";
import type { Logger } from "../logger.js";
import { defaultWindow } from "../pipeline/default-window.js";
import { findTopic } from "../pipeline/find-topic.js";
import type { Store } from "../store/store.js";
import { briefingIdFor } from "./briefing-id.js";
import type { BriefingRecord } from "./briefing-record.js";

/** A channel that missed many slots gets at most a week, even with superseded briefings folded in. */
const longestPeriodMs = 7 * 24 * 60 * 60 * 1000;

/** One briefing to put in the outbox: a subscription's slot, or a one-off post. */
export interface BriefingOrder {
  /** The subscription whose slot this is; null for a one-off post (`/briefing public`). */
  subscriptionId: string | null;
  workspaceId: string;
  channel: string;
  topic: string;
  timezone: string;
  /** The scheduled time (or, for a one-off, the moment asked), which keys the briefing. */
  slot: Date;
}

export type EnqueueOutcome =
  | { kind: "queued"; briefing: BriefingRecord; superseded: { id: string; since: string }[] }
  | { kind: "duplicate"; id: string }
  | { kind: "unknown_topic" };

/**
 * Compose a briefing and write it to the outbox before anything is sent: it covers the time since
 * the channel's last sent briefing of the topic (at most a week, else the last 24 hours) up to the
 * slot. A slot already in the outbox is not composed again (a restart, another replica), and a
 * subscription's earlier briefings still waiting are superseded: this one covers their period too.
 */
export async function enqueueBriefing(
  deps: { store: Store; logger: Logger; now?: () => Date },
  order: BriefingOrder,
): Promise<EnqueueOutcome> {
  const now = (deps.now ?? (() => new Date()))();
  const id = briefingIdFor(order);
  if (await deps.store.getBriefing(id)) return { kind: "duplicate", id };
  const lookup = await findTopic(deps.store, { workspaceId: order.workspaceId, name: order.topic });
  if (lookup.kind !== "found") return { kind: "unknown_topic" };
  const { topic } = lookup;
  const superseded =
    order.subscriptionId === null
      ? []
      : await deps.store.supersedePending(order.subscriptionId, order.slot.toISOString(), now.toISOString());
  const until = order.slot.getTime();
  const usual = await defaultWindow(deps.store, { ...order, topic: topic.name, until: order.slot });
  // A superseded briefing's period is this one's too: nothing it would have said is lost.
  const since = Math.max(
    until - longestPeriodMs,
    Math.min(Date.parse(usual.since), ...superseded.map((row) => Date.parse(row.since))),
  );
  const window = { since: new Date(Math.min(since, until)).toISOString(), until: usual.until };
  const briefing = await composeBriefing({ store: deps.store }, { topic, window, timezone: order.timezone });
  const record: BriefingRecord = {
    id,
    subscriptionId: order.subscriptionId,
    channel: order.channel,
    workspaceId: order.workspaceId,
    topic: topic.name,
    slot: order.slot.toISOString(),
    since: window.since,
    until: window.until,
    createdAt: now.toISOString(),
    briefing,
    status: "pending",
    attempts: 0,
    nextAttemptAt: now.toISOString(),
    lastError: null,
    postedAt: null,
    messageIds: [],
  };
  // Another process may record the same slot at the same moment: the store's unique key decides.
  if (!(await deps.store.recordBriefing(record))) return { kind: "duplicate", id };
  if (superseded.length > 0) {
    deps.logger.info("briefings superseded by a later slot", {
      briefing: id,
      superseded: superseded.map((row) => row.id),
    });
  }
  return { kind: "queued", briefing: record, superseded };
}
