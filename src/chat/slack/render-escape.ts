import { foldWhitespace } from "../../text/fold-whitespace.js";
import { shorten } from "../../text/shorten.js";

const zeroWidthSpace = "\u200b";

/**
 * Make article text literal in Slack mrkdwn. `&`, `<` and `>` become entities, so `<!channel>`,
 * `<!here>`, `<@U…>` and `<url|label>` in a feed are shown, never parsed. Slack has no escape
 * character for `*`, `_`, `~` and `` ` ``, so a zero-width space on each side keeps them from
 * pairing into formatting while they stay visible. Line breaks fold to spaces.
 */
export function escapeSlack(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
  const folded = foldWhitespace(text.replace(/[\u0000-\u001f\u007f]/gu, " "));
  // Most text has none of these: one scan instead of four passes (a `/latest` escapes dozens of strings).
  if (!/[&<>*_~`]/u.test(folded)) return folded;
  return folded
    .replace(/&/gu, "&amp;")
    .replace(/</gu, "&lt;")
    .replace(/>/gu, "&gt;")
    .replace(/[*_~`]/gu, (char) => `${zeroWidthSpace}${char}${zeroWidthSpace}`);
}

/** Escape raw text and fit it into `limit` characters, cutting the raw text at a word boundary first. */
export function fitSlack(raw: string, limit: number): string {
  let budget = limit;
  for (;;) {
    const escaped = escapeSlack(shorten(raw, budget));
    if (escaped.length <= limit) return escaped;
    budget -= Math.max(1, Math.ceil((escaped.length - limit) / 3));
  }
}

/** Longest URL put in a link; longer (or non-http) URLs are left out rather than cut. */
export const maxLinkUrl = 400;

/** `<url|label>` with the label escaped and `|` in it neutralised, or the escaped label alone. */
export function slackLink(label: string, url: string | null, labelLimit = 80): string {
  const text = fitSlack(label.replace(/\|/gu, "¦"), labelLimit);
  if (url === null || !/^https?:\/\/\S+$/iu.test(url) || url.length > maxLinkUrl) return text;
  const safe = url.replace(/[|<>]/gu, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `<${safe}|${text}>`;
}
