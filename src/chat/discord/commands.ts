import { PermissionFlagsBits, type REST, Routes } from "discord.js";
import { type CommandSpec, commandSpecs, type OptionSpec } from "../../commands/command-specs.js";
import type { Logger } from "../../logger.js";
import { normaliseCommands } from "./commands-normalise.js";

/** One option of an application command, as Discord takes it (types: 1 subcommand, 3 string, 5 boolean). */
export interface DiscordCommandOption {
  type: 1 | 3 | 5;
  name: string;
  description: string;
  required?: boolean;
  autocomplete?: boolean;
  max_length?: number;
  options?: DiscordCommandOption[];
}

/** A chat-input application command, body of the bulk overwrite (`ApplicationCommandUpdateRequest`). */
export interface DiscordCommand {
  type: 1;
  name: string;
  description: string;
  options: DiscordCommandOption[];
  /**
   * Who sees the command by default: Manage Server for admin-only ones. Only a default that a
   * guild's admins can change, so our code checks the member's permissions on every use.
   * An integer, as the OpenAPI spec types it (the API reads a string or a number).
   */
  default_member_permissions: number | null;
  /** Servers only (0 = guild): the bot's state is per server, a DM has none. */
  contexts: [0];
  dm_permission: false;
}

const manageGuild = Number(PermissionFlagsBits.ManageGuild);

/** Application commands for every spec Discord uses (not the `slackOnly` ones), in table order. */
export function buildDiscordCommands(specs: readonly CommandSpec[] = commandSpecs): DiscordCommand[] {
  return specs
    .filter((spec) => spec.slackOnly !== true)
    .map((spec) => ({
      type: 1,
      name: spec.name,
      description: spec.description,
      options:
        spec.subcommands === undefined
          ? spec.options.map(option)
          : spec.subcommands.map((sub) => ({
              type: 1,
              name: sub.name,
              description: sub.description,
              options: sub.options.map(option),
            })),
      default_member_permissions: isAdminOnly(spec) ? manageGuild : null,
      contexts: [0],
      dm_permission: false,
    }));
}

/** Admin-only as a whole, or in any of its subcommands (then Manage Server sees the command by default). */
function isAdminOnly(spec: CommandSpec): boolean {
  if (typeof spec.adminOnly === "boolean") return spec.adminOnly;
  const check = spec.adminOnly;
  // A command whose read-only subcommands everyone may use stays visible to everyone.
  return (spec.subcommands ?? []).every((sub) => check(sub.name));
}

function option(spec: OptionSpec): DiscordCommandOption {
  return {
    type: spec.type === "string" ? 3 : 5,
    name: spec.name,
    description: spec.description,
    required: spec.required,
    ...(spec.autocomplete === true ? { autocomplete: true } : {}),
    ...(spec.maxLength === undefined ? {} : { max_length: spec.maxLength }),
  };
}

/** What `syncCommands` did. */
export interface SyncResult {
  action: "unchanged" | "overwritten";
  /** Where: "global" or "guild <id>". */
  scope: string;
  count: number;
}

/**
 * Compare the registered application commands with ours (names, descriptions, options in order,
 * default permissions, contexts) and bulk-overwrite them only when they differ: global by default,
 * one guild's (which apply at once) with `guildId`. Errors (bad token, network) propagate.
 */
export async function syncCommands(
  rest: REST,
  applicationId: string,
  options: { guildId?: string; logger?: Logger; commands?: DiscordCommand[] } = {},
): Promise<SyncResult> {
  const ours = options.commands ?? buildDiscordCommands();
  const route =
    options.guildId === undefined
      ? Routes.applicationCommands(applicationId)
      : Routes.applicationGuildCommands(applicationId, options.guildId);
  const scope = options.guildId === undefined ? "global" : `guild ${options.guildId}`;
  const registered: unknown = await rest.get(route);
  if (JSON.stringify(normaliseCommands(registered)) === JSON.stringify(normaliseCommands(ours))) {
    options.logger?.info("discord commands up to date", { scope, commands: ours.length });
    return { action: "unchanged", scope, count: ours.length };
  }
  await rest.put(route, { body: ours });
  options.logger?.info("discord commands registered (bulk overwrite)", { scope, commands: ours.length });
  return { action: "overwritten", scope, count: ours.length };
}
