import type { CommandContext } from "../command-request.js";

/**
 * The channel as subscriptions and the briefing ledger name it: "discord:<id>", "slack:<id>", or
 * "console" (config schedules spell the console without an id).
 */
export function channelAddress(context: Pick<CommandContext, "platform" | "channelId">): string {
  return context.platform === "console" ? "console" : `${context.platform}:${context.channelId}`;
}

/** Who did something, as admin changes and subscriptions record it: "<platform>:<user id>". */
export function actorOf(context: Pick<CommandContext, "platform" | "userId">): string {
  return `${context.platform}:${context.userId}`;
}
