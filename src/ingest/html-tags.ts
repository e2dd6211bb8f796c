// Tags that end a line of text; everything else is inline and simply removed.
const blockTags = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "br",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "td",
  "th",
  "tr",
  "ul",
]);
// Elements whose content is never text.
const hiddenTags = new Set(["script", "style", "noscript", "template", "iframe", "svg"]);
const longestKnownName = 10;

/**
 * What a "<" in an HTML fragment turns into when extracting text: a `literal` "<" ("a < b"),
 * the `end` of the usable text (a tag that never closes), or markup to `skip` up to `next`
 * (a tag, a comment, or a hidden element with its content); `block` when it ends a line.
 */
export type TagStep = { kind: "literal" } | { kind: "end" } | { kind: "skip"; next: number; block: boolean };

/** Read the markup starting at the "<" at `open`; one definition for every text extractor. */
export function stepOverTag(html: string, open: number): TagStep {
  const length = html.length;
  if (html.startsWith("<!--", open)) {
    const end = html.indexOf("-->", open + 4);
    return { kind: "skip", next: end === -1 ? length : end + 3, block: false };
  }
  let cursor = open + 1;
  const closing = html.charCodeAt(cursor) === 47;
  if (closing) cursor++;
  const nameStart = cursor;
  while (cursor < length && isNameChar(html.charCodeAt(cursor))) cursor++;
  // "a < b" or "<3": not a tag, the character stays.
  if (cursor === nameStart || !isLetter(html.charCodeAt(nameStart))) return { kind: "literal" };
  const end = tagEnd(html, cursor);
  if (end === -1) return { kind: "end" };
  const name = tagName(html, nameStart, cursor);
  if (!closing && hiddenTags.has(name)) {
    const close = html.toLowerCase().indexOf(`</${name}`, end + 1);
    const closeEnd = close === -1 ? -1 : html.indexOf(">", close);
    return { kind: "skip", next: closeEnd === -1 ? length : closeEnd + 1, block: false };
  }
  return { kind: "skip", next: end + 1, block: blockTags.has(name) };
}

/** Lower-case tag name, or "" for names too long to be one we treat specially. */
function tagName(html: string, start: number, end: number): string {
  // One-letter names ("a", "b", "p") are the most common; skip the slice for them.
  if (end - start === 1) return (html.charCodeAt(start) | 32) === 112 ? "p" : "";
  return end - start > longestKnownName ? "" : html.slice(start, end).toLowerCase();
}

/** Index of the ">" closing a tag, skipping quoted attribute values; -1 when the tag never ends. */
function tagEnd(html: string, from: number): number {
  let quote = 0;
  for (let index = from; index < html.length; index++) {
    const code = html.charCodeAt(index);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 34 || code === 39) {
      quote = code;
    } else if (code === 62) {
      return index;
    }
  }
  // An unbalanced quote: fall back to the first ">".
  return quote === 0 ? -1 : html.indexOf(">", from);
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isNameChar(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57) || code === 45 || code === 58;
}
