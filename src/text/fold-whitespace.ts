/** Collapse runs of whitespace (newlines included) to one space and trim. */
export function foldWhitespace(text: string): string {
  // Most text is folded already: testing is cheaper than rebuilding the string.
  if (!/\s\s|[^\S ]/.test(text)) return text.trim();
  return text.replace(/\s+/g, " ").trim();
}
