import { foldWhitespace } from "../../text/fold-whitespace.js";

/**
 * Make article text literal in CommonMark: every punctuation character that can open syntax is
 * backslash-escaped, `&` and `<` become entities (no raw HTML, no autolinks), and line breaks
 * fold to spaces so a headline cannot start a heading, list or block quote (article text never
 * starts a line, so `-`, `+` and `1.` need no escape).
 */
export function escapeMarkdown(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
  return foldWhitespace(text.replace(/[\u0000-\u001f\u007f]/gu, " "))
    .replace(/[\\`*_{}[\]()#|~>]/gu, (char) => `\\${char}`)
    .replace(/&/gu, "&amp;")
    .replace(/</gu, "&lt;");
}

/** A URL safe inside `[label](url)`: only http(s), with spaces, parentheses and angle brackets encoded. */
export function markdownUrl(url: string): string | null {
  if (!/^https?:\/\//iu.test(url)) return null;
  return url.replace(
    /[\s()<>\\]/gu,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}
