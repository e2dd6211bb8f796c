/**
 * A channel's standing order for briefings of one topic: kept in the store, seeded from config
 * `schedules`, changed by admins with /subscribe and /unsubscribe. One per (workspace, channel, topic).
 */
export interface Subscription {
  /** Stable id derived from workspace, channel and topic (see `subscriptionIdFor`). */
  id: string;
  /** Discord guild or Slack team id; "default" for config schedules without one. */
  workspaceId: string;
  /**
   * Where briefings go: "console", "discord:<channel id>", "slack:<channel id>",
   * "discord-webhook:<name>" or "slack-webhook:<name>" (the URL comes from the environment).
   */
  channel: string;
  /** Topic name, looked up in the workspace's topics, then the default (config) ones. */
  topic: string;
  /** When, as a cron expression read in `timezone` ("0 8 * * *"; six fields add seconds). */
  cron: string;
  /** IANA time zone ("Europe/Kyiv"). */
  timezone: string;
  /** "config" for seeded schedules; "admin" once anyone changed it from chat (config no longer overwrites it). */
  source: "config" | "admin";
  /** "config", or "<platform>:<user id>" of the admin who made it. */
  createdBy: string;
  createdAt: string;
  /** Who changed it last, same form as `createdBy`. */
  updatedBy: string;
  updatedAt: string;
  /** Why deliveries are paused (channel gone, bot removed, no permission); null while active. */
  pausedReason: string | null;
}
