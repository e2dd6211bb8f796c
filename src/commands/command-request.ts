import type { CommandName } from "./command-specs.js";

/** Who asks, where: the facts an adapter supplies with every command. */
export interface CommandContext {
  /** "discord" or "slack" (also "console" in tests and the CLI). */
  platform: string;
  /** Discord guild id or Slack team id: topics, feeds and subscriptions are kept per workspace. */
  workspaceId: string;
  /** Platform channel id the command was typed in. */
  channelId: string;
  /** Platform user id of who typed it. */
  userId: string;
  /**
   * Whether this user may change the workspace's settings, decided from platform facts by the
   * adapter (Discord: Manage Server or Administrator in this guild; Slack: workspace admin or owner,
   * or a user id listed in config). Asked only by admin commands, so Slack's `users.info` is
   * called only when needed.
   */
  isAdmin(): Promise<boolean>;
  /** Who may run admin commands here, for the refusal ("members with Manage Server"). */
  adminDescription: string;
}

/** Option values as typed: strings, or booleans for flags. Absent options are undefined. */
export type CommandOptions = Readonly<Record<string, string | boolean | undefined>>;

/** One slash command, in the platform-neutral shape every adapter maps its native form onto. */
export interface CommandRequest {
  command: CommandName;
  /** `add`, `list`, `remove`, `test` for /topic and /feed; undefined otherwise. */
  subcommand?: string;
  options: CommandOptions;
  context: CommandContext;
}

/** A request for suggestions while the user is typing an option (Discord autocomplete). */
export interface CompletionRequest {
  command: CommandName;
  subcommand?: string;
  /** The option being typed. */
  option: string;
  /** What has been typed so far. */
  value: string;
  context: CommandContext;
}

/** One suggestion: shown `name`, submitted `value` (Discord: both at most 100 characters, 25 choices). */
export interface Choice {
  name: string;
  value: string;
}
