import { createHash } from "node:crypto";
import { shorten } from "../../../text/shorten.js";
import { embedSize } from "../render-pack.js";
import { type DiscordMessage, discordLimits } from "../render-types.js";

/** Which part of which briefing a message is, as read back from the channel's history. */
export interface BriefingTag {
  ref: string;
  /** 1-based. */
  part: number;
  count: number;
}

/** A short, stable stand-in for a briefing id: 12 hex characters of its SHA-256. */
export function briefingRef(briefingId: string): string {
  return createHash("sha256").update(briefingId).digest("hex").slice(0, 12);
}

/**
 * The nonce of one message of a briefing (at most 25 characters). With `enforce_nonce`, Discord
 * answers a repeated POST with the message it already created, for a few minutes.
 */
export function messageNonce(ref: string, index: number): string {
  return `nb${ref}-${index + 1}`;
}

/** "ref 3f9a0c12b4de 2/3": small and grey in a footer, yet enough to find the message again. */
export function tagText(tag: BriefingTag): string {
  return `ref ${tag.ref} ${tag.part}/${tag.count}`;
}

const tagPattern = /\bref ([0-9a-f]{12}) (\d{1,3})\/(\d{1,3})\b/u;

/** The tag in a footer or content text, or null. */
export function readTag(text: string): BriefingTag | null {
  const match = tagPattern.exec(text);
  if (match === null) return null;
  return { ref: match[1] ?? "", part: Number(match[2]), count: Number(match[3]) };
}

/**
 * Mark every message with its part of the briefing: in the last embed's footer when that keeps
 * the limits (2048 per footer, 6000 per message), else as a subtext line in the content. The
 * nonce alone is not enough: history does not return it.
 */
export function tagMessages(messages: DiscordMessage[], ref: string): DiscordMessage[] {
  return messages.map((message, index) => {
    const tag = tagText({ ref, part: index + 1, count: messages.length });
    const last = message.embeds[message.embeds.length - 1];
    const total = message.embeds.reduce((sum, embed) => sum + embedSize(embed), 0);
    const footer = last?.footer === undefined ? tag : `${last.footer.text} · ${tag}`;
    const added = footer.length - (last?.footer?.text.length ?? 0);
    if (
      last !== undefined &&
      footer.length <= discordLimits.footer &&
      total + added <= discordLimits.embedsTotal
    ) {
      const embeds = [...message.embeds.slice(0, -1), { ...last, footer: { text: footer } }];
      return { ...message, embeds };
    }
    const line = `-# ${tag}`;
    const content =
      message.content === undefined
        ? line
        : `${shorten(message.content, discordLimits.content - line.length - 1)}\n${line}`;
    return { ...message, content };
  });
}
