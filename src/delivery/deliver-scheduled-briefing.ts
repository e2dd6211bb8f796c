import { createHash } from "node:crypto";
import { composeBriefing } from "../briefing/compose-briefing.js";
import type { ChatAdapter } from "../chat/chat-adapter.js";
import type { ScheduleConfig } from "../config/config-schema.js";
import type { Logger } from "../logger.js";
import type { Store } from "../store/store.js";
import type { BriefingRecord } from "./briefing-record.js";

export interface DeliveryDeps {
  store: Store;
  adapters: Map<string, ChatAdapter>;
  logger: Logger;
  now?: () => Date;
}

const minuteMs = 60_000;
const dayMs = 24 * 60 * minuteMs;
/** A channel that missed many slots gets at most a week, not everything since its last briefing. */
const longestPeriodMs = 7 * dayMs;

/**
 * Serve one schedule's slot: the briefing covers the time since the channel's last posted
 * briefing of that topic (or the last 24 hours), is recorded in the ledger before it is posted,
 * and is marked posted with the platform's message ids. A slot already served is not served again,
 * so a restart or a second replica never repeats it. Failures are logged per channel.
 */
export async function deliverScheduledBriefing(
  deps: DeliveryDeps,
  schedule: ScheduleConfig,
  workspaceId: string,
): Promise<void> {
  const [platform = "", channelId = platform] = schedule.channel.split(":");
  const adapter = deps.adapters.get(platform);
  if (!adapter) {
    deps.logger.warn("no chat adapter for this channel; set the platform's tokens", {
      channel: schedule.channel,
    });
    return;
  }
  const topic = await deps.store.getTopic(workspaceId, schedule.topic);
  if (!topic) {
    deps.logger.warn("schedule names an unknown topic", { channel: schedule.channel, topic: schedule.topic });
    return;
  }
  const now = (deps.now ?? (() => new Date()))();
  const slot = new Date(Math.floor(now.getTime() / minuteMs) * minuteMs);
  const record = await claimSlot(deps.store, schedule.channel, workspaceId, topic.name, slot);
  if (!record) {
    deps.logger.info("slot already served", {
      channel: schedule.channel,
      topic: topic.name,
      slot: slot.toISOString(),
    });
    return;
  }
  const window = { since: record.since, until: record.until };
  const briefing = await composeBriefing(
    { store: deps.store },
    { topic, window, timezone: schedule.timezone },
  );
  const result = await adapter.post(channelId, briefing, { briefingId: record.id });
  if (result.kind === "sent") {
    await deps.store.markBriefingPosted(record.id, result.messageIds, new Date().toISOString());
    deps.logger.info("briefing posted", {
      channel: schedule.channel,
      topic: topic.name,
      messages: result.messageIds.length,
    });
  } else {
    deps.logger.warn("briefing not posted", {
      channel: schedule.channel,
      result: result.kind,
      reason: result.reason,
    });
  }
}

/**
 * Record this slot's briefing in the ledger, starting where the last posted one ended. Returns
 * undefined when the slot already has a row: an earlier run or another replica took it.
 */
async function claimSlot(
  store: Store,
  channel: string,
  workspaceId: string,
  topic: string,
  slot: Date,
): Promise<BriefingRecord | undefined> {
  const id = createHash("sha256")
    .update(`${channel}\n${workspaceId}\n${topic}\n${slot.toISOString()}`)
    .digest("hex")
    .slice(0, 32);
  if (await store.getBriefing(id)) return undefined;
  const last = await store.lastPostedBriefing(channel, workspaceId, topic);
  const earliest = slot.getTime() - longestPeriodMs;
  const since = last ? Math.max(Date.parse(last.until), earliest) : slot.getTime() - dayMs;
  const record: BriefingRecord = {
    id,
    channel,
    workspaceId,
    topic,
    slot: slot.toISOString(),
    since: new Date(Math.min(since, slot.getTime())).toISOString(),
    until: slot.toISOString(),
    createdAt: new Date().toISOString(),
    postedAt: null,
    messageIds: [],
  };
  // Another process may record the same slot at the same moment: the store's unique key decides.
  return (await store.recordBriefing(record)) ? record : undefined;
}
