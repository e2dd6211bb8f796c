import type { CommandName } from "./command-specs.js";

/** Commands that can change a workspace's topics or a channel's subscriptions. */
const settingsCommands: ReadonlySet<CommandName> = new Set(["topic", "subscribe", "unsubscribe"]);

/**
 * Whether running `command` may change what `/latest` reads through its settings cache (topics and
 * subscriptions): after one, the cache is cleared, wherever it is held.
 */
export function changesSettings(command: CommandName): boolean {
  return settingsCommands.has(command);
}
