import type { ChatAdapter, PostResult } from "../chat/chat-adapter.js";
import type { Logger } from "../logger.js";
import type { Store } from "../store/store.js";
import type { BriefingRecord } from "./briefing-record.js";
import { parseDestination } from "./parse-destination.js";
import { defaultRetryPolicy, type RetryPolicy, retryDelayMs } from "./retry-policy.js";

export interface DeliveryDeps {
  store: Store;
  /** By platform: "console", "discord", "slack", "discord-webhook", "slack-webhook". */
  adapters: ReadonlyMap<string, ChatAdapter>;
  logger: Logger;
  /** This sender's name in leases (host and pid, or a test's label). */
  owner: string;
  now?: () => Date;
  retry?: RetryPolicy;
  /** How long a taken briefing is held: longer than any one send may take. */
  leaseMs?: number;
  /** Told about each outcome (metrics). */
  onOutcome?: (outcome: DeliveryOutcome, briefing: BriefingRecord) => void;
}

export type DeliveryOutcome =
  | { kind: "sent"; messageIds: string[]; found: boolean }
  | { kind: "retry"; reason: string; delayMs: number }
  | { kind: "failed"; reason: string }
  | { kind: "rejected"; reason: string }
  | { kind: "no_adapter" };

const defaultLeaseMs = 2 * 60_000;
const batchSize = 50;

/**
 * Send what is due in the outbox: take due briefings with a lease, and for each one that was tried
 * before (a crash or a failed attempt may have reached the platform) first ask the platform
 * whether it is already there; then post, and mark it sent, retry it later (429 after Retry-After;
 * 5xx, timeouts and resets with backoff), or give up — out of retries, or refused for good
 * (channel gone, bot removed, no permission), which also pauses the subscription with the reason.
 * One channel failing never stops the others. Returns how many briefings were handled.
 */
export async function deliverDueBriefings(deps: DeliveryDeps): Promise<number> {
  const now = deps.now ?? (() => new Date());
  const at = now();
  const due = await deps.store.claimDueBriefings({
    now: at.toISOString(),
    limit: batchSize,
    owner: deps.owner,
    leaseUntil: new Date(at.getTime() + (deps.leaseMs ?? defaultLeaseMs)).toISOString(),
  });
  await Promise.allSettled(
    due.map(async (briefing) => {
      try {
        const outcome = await deliverOne(deps, briefing);
        deps.onOutcome?.(outcome, briefing);
      } catch (error) {
        // A surprise (the store went away mid-send): the lease runs out and another attempt follows.
        deps.logger.error("delivery failed unexpectedly", { briefing: briefing.id, error });
      }
    }),
  );
  return due.length;
}

async function deliverOne(deps: DeliveryDeps, briefing: BriefingRecord): Promise<DeliveryOutcome> {
  const now = deps.now ?? (() => new Date());
  const log = { briefing: briefing.id, channel: briefing.channel, subscription: briefing.subscriptionId };
  const { platform, channelId } = parseDestination(briefing.channel);
  const adapter = deps.adapters.get(platform);
  if (!adapter) {
    const reason = `no ${platform} connection is configured`;
    await deps.store.markBriefingFailed(briefing.id, reason);
    deps.logger.warn("briefing not sent: no adapter", { ...log, reason });
    return { kind: "no_adapter" };
  }
  // Attempts count before the send, so > 1 means an earlier attempt may have reached the platform.
  if (briefing.attempts > 1) {
    const found = await adapter.findPosted(channelId, briefing.id);
    if (found.length > 0) {
      await deps.store.markBriefingPosted(briefing.id, found, now().toISOString());
      deps.logger.info("briefing found already posted", { ...log, messages: found.length });
      return { kind: "sent", messageIds: found, found: true };
    }
  }
  const result: PostResult = await adapter.post(channelId, briefing.briefing, {
    briefingId: briefing.id,
    firstAttempt: briefing.attempts === 1,
  });
  if (result.kind === "sent") {
    await deps.store.markBriefingPosted(briefing.id, result.messageIds, now().toISOString());
    deps.logger.info("briefing sent", {
      ...log,
      messages: result.messageIds.length,
      attempts: briefing.attempts,
    });
    return { kind: "sent", messageIds: result.messageIds, found: false };
  }
  if (result.kind === "rejected") {
    await deps.store.markBriefingFailed(briefing.id, result.reason);
    if (briefing.subscriptionId !== null) {
      await deps.store.pauseSubscription(briefing.subscriptionId, result.reason, now().toISOString());
      await tellWhoSubscribed(deps, adapter, briefing, result.reason);
    }
    deps.logger.warn("briefing refused by the platform; subscription paused", {
      ...log,
      reason: result.reason,
    });
    return { kind: "rejected", reason: result.reason };
  }
  const policy = deps.retry ?? defaultRetryPolicy;
  if (briefing.attempts >= policy.maxAttempts) {
    const reason = `gave up after ${briefing.attempts} attempts: ${result.reason}`;
    await deps.store.markBriefingFailed(briefing.id, reason);
    deps.logger.error("briefing failed", { ...log, reason });
    return { kind: "failed", reason };
  }
  const delayMs = retryDelayMs(policy, briefing.attempts, result.retryAfterMs);
  await deps.store.retryBriefingLater(briefing.id, {
    nextAttemptAt: new Date(now().getTime() + delayMs).toISOString(),
    error: result.reason,
  });
  deps.logger.warn("briefing will be retried", {
    ...log,
    reason: result.reason,
    delayMs,
    attempts: briefing.attempts,
  });
  return { kind: "retry", reason: result.reason, delayMs };
}

/**
 * Tell the admin who made or last changed the subscription, in a direct message, that it is
 * paused and why; config subscriptions have no such person (the log and /status say it).
 */
async function tellWhoSubscribed(
  deps: DeliveryDeps,
  adapter: ChatAdapter,
  briefing: BriefingRecord,
  reason: string,
): Promise<void> {
  const subscription = briefing.subscriptionId
    ? await deps.store.getSubscription(briefing.subscriptionId)
    : undefined;
  if (!subscription || !adapter.notifyUser) return;
  const admins = [subscription.updatedBy, subscription.createdBy]
    .map((who) => parseDestination(who))
    .filter((who) => who.platform === adapter.platform);
  const text =
    `newsbrief paused the ${subscription.topic} briefings for ${subscription.channel}: ${reason}. ` +
    "Once that is fixed, run /subscribe again in that channel to resume them.";
  for (const userId of new Set(admins.map((who) => who.channelId))) {
    if (await adapter.notifyUser(userId, text)) return;
  }
}
