/** Collapse runs of whitespace (newlines included) to one space and trim. */
export function foldWhitespace(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}
