import { PermissionFlagsBits } from "discord.js";
import type {
  CommandContext,
  CommandOptions,
  CommandRequest,
  CompletionRequest,
} from "../../../commands/command-request.js";
import { type CommandSpec, commandSpecs } from "../../../commands/command-specs.js";
import type { Interaction, InteractionOption } from "./interaction-schema.js";

/** What an interaction asks for, in platform-neutral terms. */
export type MappedInteraction =
  | { kind: "command"; request: CommandRequest }
  | { kind: "complete"; request: CompletionRequest }
  /** Outside a server: the bot keeps its topics and subscriptions per server. */
  | { kind: "direct-message" }
  /** A command we do not have (an old registration, another app's id). */
  | { kind: "unknown"; name: string };

/** Who may run admin commands on Discord, for the refusal message. */
export const discordAdminDescription = "members with Manage Server or Administrator";

const adminBits = PermissionFlagsBits.ManageGuild | PermissionFlagsBits.Administrator;

/**
 * Map a command or autocomplete interaction onto a CommandRequest or CompletionRequest. The
 * options of a subcommand are lifted to the top; only declared options of the declared type are
 * kept (string for type 3, boolean for type 5).
 */
export function mapInteraction(
  interaction: Interaction,
  specs: readonly CommandSpec[] = commandSpecs,
): MappedInteraction {
  const name = interaction.data?.name ?? "";
  const spec = specs.find((candidate) => candidate.name === name && candidate.slackOnly !== true);
  if (spec === undefined) return { kind: "unknown", name };
  const context = commandContext(interaction);
  if (context === undefined) return { kind: "direct-message" };
  let options = interaction.data?.options ?? [];
  let subcommand: string | undefined;
  const first = options[0];
  if (spec.subcommands !== undefined && first?.type === 1) {
    subcommand = first.name;
    options = first.options ?? [];
  }
  const declared =
    subcommand === undefined
      ? spec.options
      : (spec.subcommands?.find((sub) => sub.name === subcommand)?.options ?? []);
  const values: Record<string, string | boolean | undefined> = {};
  for (const option of options) {
    const wanted = declared.find((candidate) => candidate.name === option.name);
    if (wanted === undefined) continue;
    if (wanted.type === "string" && typeof option.value === "string") values[option.name] = option.value;
    if (wanted.type === "boolean" && typeof option.value === "boolean") values[option.name] = option.value;
  }
  const base = { command: spec.name, ...(subcommand === undefined ? {} : { subcommand }), context };
  if (interaction.type === 4) {
    const focused = options.find((option: InteractionOption) => option.focused === true);
    const value = typeof focused?.value === "string" ? focused.value : "";
    return { kind: "complete", request: { ...base, option: focused?.name ?? "", value } };
  }
  return { kind: "command", request: { ...base, options: values as CommandOptions } };
}

/** The facts of who asks where, or undefined outside a server. */
function commandContext(interaction: Interaction): CommandContext | undefined {
  const guildId = interaction.guild_id;
  const member = interaction.member;
  if (guildId === undefined || member === undefined) return undefined;
  // The member's permissions as computed by Discord for this interaction, not the command's
  // default_member_permissions, which a guild can change: so the check is ours.
  const permissions = toBits(member.permissions);
  return {
    platform: "discord",
    workspaceId: guildId,
    channelId: interaction.channel_id ?? interaction.channel?.id ?? "",
    userId: member.user.id,
    isAdmin: async () => (permissions & adminBits) !== 0n,
    adminDescription: discordAdminDescription,
  };
}

function toBits(permissions: string | undefined): bigint {
  if (permissions === undefined || !/^\d{1,40}$/u.test(permissions)) return 0n;
  return BigInt(permissions);
}
