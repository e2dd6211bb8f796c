import { foldWhitespace } from "../../text/fold-whitespace.js";
import { shorten } from "../../text/shorten.js";

/**
 * Make article text literal on Discord: markdown characters are backslash-escaped (so a headline
 * cannot format text or mask a link), `<` is escaped and a zero-width space follows every `@`
 * (so `@everyone`, `<@id>`, `<@&id>` and `<#id>` are inert even if allowed_mentions were lost),
 * and line breaks fold to spaces.
 */
export function escapeDiscord(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
  return foldWhitespace(text.replace(/[\u0000-\u001f\u007f]/gu, " "))
    .replace(/[\\*_~`|>#\-[\]()<]/gu, (char) => `\\${char}`)
    .replace(/@/gu, "@\u200b");
}

/**
 * Escape raw text and fit it into `limit` characters: shortened at a word boundary before
 * escaping, so a cut never splits an escape sequence, and shortened further until the escaped
 * form fits (escaping can double the length).
 */
export function fitDiscord(raw: string, limit: number): string {
  let budget = limit;
  for (;;) {
    const escaped = escapeDiscord(shorten(raw, budget));
    if (escaped.length <= limit) return escaped;
    budget -= Math.max(1, Math.ceil((escaped.length - limit) / 2));
  }
}

/** Longest URL used in a masked link; longer (or non-http) URLs are left out rather than cut. */
export const maxLinkUrl = 400;

/** A URL safe inside a masked link `[label](url)`, or null when it should not be linked. */
export function discordUrl(url: string | null): string | null {
  if (url === null || !/^https?:\/\/[^\s]+$/iu.test(url) || url.length > maxLinkUrl) return null;
  return url.replace(/[()<>]/gu, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** "[Outlet](url)" with the label escaped, or the escaped label alone when there is no usable URL. */
export function discordLink(label: string, url: string | null, labelLimit = 80): string {
  const text = fitDiscord(label, labelLimit);
  const safe = discordUrl(url);
  return safe === null ? text : `[${text}](${safe})`;
}
