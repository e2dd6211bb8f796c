import { PermissionFlagsBits } from "discord.js";

/**
 * What the bot needs in a channel: see it, post, show embeds, and read its own recent messages
 * (so a briefing posted before a crash is found instead of posted again). Nothing more.
 */
export const botPermissions =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.ReadMessageHistory;

/** The link a server admin opens to add the bot with its slash commands and those permissions. */
export function inviteUrl(applicationId: string): string {
  const query = `client_id=${encodeURIComponent(applicationId)}&scope=bot+applications.commands`;
  return `https://discord.com/oauth2/authorize?${query}&permissions=${botPermissions.toString()}`;
}
