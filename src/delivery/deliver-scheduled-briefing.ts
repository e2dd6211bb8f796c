import { composeBriefing } from "../briefing/compose-briefing.js";
import type { ChatAdapter } from "../chat/chat-adapter.js";
import type { ScheduleConfig } from "../config/config-schema.js";
import type { Logger } from "../logger.js";
import type { Store } from "../store/store.js";

export interface DeliveryDeps {
  store: Store;
  adapters: Map<string, ChatAdapter>;
  logger: Logger;
  now?: () => Date;
}

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Compose the briefing a schedule is due for and post it. The window is the 24 hours before the
 * slot. Failures are logged per channel and never stop other schedules.
 */
export async function deliverScheduledBriefing(
  deps: DeliveryDeps,
  schedule: ScheduleConfig,
  workspaceId: string,
): Promise<void> {
  const [platform, channelId = platform] = schedule.channel.split(":");
  const adapter = deps.adapters.get(platform ?? "");
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
  const until = (deps.now ?? (() => new Date()))();
  const window = { since: new Date(until.getTime() - dayMs).toISOString(), until: until.toISOString() };
  const briefing = await composeBriefing(
    { store: deps.store },
    { topic, window, timezone: schedule.timezone },
  );
  const result = await adapter.post(channelId ?? "", briefing);
  if (result.kind === "sent") {
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
