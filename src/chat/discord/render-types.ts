/** Discord's documented limits for a message with embeds (docs "Embed Limits" and "Create Message"). */
export const discordLimits = {
  content: 2000,
  embedsPerMessage: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  /** Title, description, field names and values, footer and author of all embeds of one message together. */
  embedsTotal: 6000,
} as const;

export interface DiscordEmbedField {
  /** Field heading, 1–256 characters. */
  name: string;
  /** Field body, 1–1024 characters. */
  value: string;
  /** Show side by side with neighbouring inline fields. */
  inline?: boolean;
}

export interface DiscordEmbed {
  /** Up to 256 characters. */
  title?: string;
  /** Up to 4096 characters. */
  description?: string;
  /** Colour as 0xRRGGBB. */
  color?: number;
  /** Up to 25 fields. */
  fields?: DiscordEmbedField[];
  /** Footer text up to 2048 characters. */
  footer?: { text: string };
}

/** Body of POST /channels/{channel.id}/messages. */
export interface DiscordMessage {
  /** Up to 2000 characters. */
  content?: string;
  /** Up to 10 embeds, at most 6000 characters together. */
  embeds: DiscordEmbed[];
  /** Always `{ parse: [] }`: nothing in a briefing may ping anyone. */
  allowed_mentions: { parse: never[] };
}

/** Message flag: only the user who ran the command sees the answer. */
export const ephemeralFlag = 64;

/** Body of an interaction answer (callback data, edit of the original, follow-up). */
export interface DiscordInteractionMessage {
  /** Up to 2000 characters. */
  content?: string;
  /** Up to 10 embeds, at most 6000 characters together. */
  embeds: DiscordEmbed[];
  /** Always `{ parse: [] }`: no answer may ping anyone. */
  allowed_mentions: { parse: never[] };
  /** `ephemeralFlag` when only the user who asked sees it. */
  flags?: number;
}
