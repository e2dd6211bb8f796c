import { shorten } from "../../text/shorten.js";
import {
  type DiscordEmbed,
  type DiscordEmbedField,
  type DiscordMessage,
  discordLimits,
} from "./render-types.js";

/** Characters an embed counts towards the 6000 total of its message. */
export function embedSize(embed: DiscordEmbed): number {
  let size =
    (embed.title ?? "").length + (embed.description ?? "").length + (embed.footer?.text ?? "").length;
  for (const field of embed.fields ?? []) size += field.name.length + field.value.length;
  return size;
}

/**
 * Split embeds that have too many fields or too many characters into continuation embeds
 * ("… (cont.)"), then pack them into messages of at most 10 embeds and 6000 characters.
 * Splits happen only between fields, so no field is ever cut.
 */
export function packEmbeds(embeds: DiscordEmbed[]): DiscordMessage[] {
  const pieces = embeds.flatMap(splitEmbed);
  const messages: DiscordMessage[] = [];
  let current: DiscordEmbed[] = [];
  let size = 0;
  for (const piece of pieces) {
    const pieceSize = embedSize(piece);
    if (
      current.length > 0 &&
      (current.length >= discordLimits.embedsPerMessage || size + pieceSize > discordLimits.embedsTotal)
    ) {
      messages.push(message(current));
      current = [];
      size = 0;
    }
    current.push(piece);
    size += pieceSize;
  }
  if (current.length > 0) messages.push(message(current));
  return messages;
}

function message(embeds: DiscordEmbed[]): DiscordMessage {
  return { embeds, allowed_mentions: { parse: [] } };
}

function splitEmbed(embed: DiscordEmbed): DiscordEmbed[] {
  const fields = embed.fields ?? [];
  const { fields: _fields, ...head } = embed;
  const out: DiscordEmbed[] = [];
  let current: DiscordEmbed = { ...head, fields: [] };
  for (const field of fields) {
    const currentFields = current.fields ?? [];
    const tooMany = currentFields.length >= discordLimits.fields;
    const tooLong = embedSize(current) + fieldSize(field) > discordLimits.embedsTotal;
    if (currentFields.length > 0 && (tooMany || tooLong)) {
      out.push(current);
      current = { title: continued(embed.title), color: embed.color, fields: [] };
    }
    current.fields?.push(field);
  }
  out.push(current);
  // The footer belongs after the last field, on the last piece.
  const footer = embed.footer;
  for (const piece of out) delete piece.footer;
  const last = out[out.length - 1];
  if (footer !== undefined && last !== undefined) {
    if (embedSize(last) + footer.text.length <= discordLimits.embedsTotal) last.footer = footer;
    else out.push({ color: embed.color, footer });
  }
  for (const piece of out) if (piece.fields?.length === 0) delete piece.fields;
  return out;
}

function fieldSize(field: DiscordEmbedField): number {
  return field.name.length + field.value.length;
}

function continued(title: string | undefined): string | undefined {
  if (title === undefined) return undefined;
  return `${shorten(title, discordLimits.title - 8)} (cont.)`;
}
