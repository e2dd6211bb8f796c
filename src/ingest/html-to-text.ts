import { decodeHtmlEntities } from "./decode-html-entities.js";

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
// Anchored halves of "is there still a tag or an entity in here", tried only where "<" or "&" occur.
const tagAt = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/y;
const entityAt = /&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,8}|#[xX][0-9a-fA-F]{1,7});/y;

/**
 * HTML fragment → plain text: tags stripped, entities decoded (twice when the feed
 * double-encoded them), runs of whitespace folded to one space, block ends kept as "\n".
 * A single forward scan, no DOM: this runs on every item of every feed.
 */
export function htmlToText(html: string): string {
  if (html === "") return "";
  let text = stripOnce(html);
  // "&amp;lt;p&amp;gt;" arrives as "&lt;p&gt;" after XML parsing and as "<p>" after one pass.
  if (looksLikeMarkup(text)) text = stripOnce(text);
  return foldWhitespace(text);
}

function looksLikeMarkup(text: string): boolean {
  return matchesAtEach(text, "<", tagAt) || matchesAtEach(text, "&", entityAt);
}

function matchesAtEach(text: string, char: string, pattern: RegExp): boolean {
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) {
    pattern.lastIndex = at;
    if (pattern.test(text)) return true;
  }
  return false;
}

function stripOnce(html: string): string {
  return decodeHtmlEntities(html.includes("<") ? stripTags(html) : html);
}

function stripTags(html: string): string {
  const length = html.length;
  let out = "";
  let index = 0;
  while (index < length) {
    const open = html.indexOf("<", index);
    if (open === -1) {
      out += html.slice(index);
      break;
    }
    out += html.slice(index, open);
    if (html.startsWith("<!--", open)) {
      const end = html.indexOf("-->", open + 4);
      index = end === -1 ? length : end + 3;
      continue;
    }
    let cursor = open + 1;
    const closing = html.charCodeAt(cursor) === 47;
    if (closing) cursor++;
    const nameStart = cursor;
    while (cursor < length && isNameChar(html.charCodeAt(cursor))) cursor++;
    if (cursor === nameStart || !isLetter(html.charCodeAt(nameStart))) {
      // "a < b" or "<3": not a tag, keep the character.
      out += "<";
      index = open + 1;
      continue;
    }
    const end = tagEnd(html, cursor);
    if (end === -1) break;
    index = end + 1;
    const name = html.slice(nameStart, cursor).toLowerCase();
    if (!closing && hiddenTags.has(name)) {
      const close = html.toLowerCase().indexOf(`</${name}`, index);
      const closeEnd = close === -1 ? -1 : html.indexOf(">", close);
      index = closeEnd === -1 ? length : closeEnd + 1;
    } else if (blockTags.has(name)) {
      out += "\n";
    }
  }
  return out;
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

// Anything but a single plain space between words: the only lines that need rebuilding.
const irregularSpace = /[^\S ]| {2}/;
const spaceRun = /\s+/g;

/** Collapse spaces inside lines, drop blank lines, trim. */
export function foldWhitespace(text: string): string {
  let out = "";
  // indexOf and slice rather than split: no array, and most lines are returned as they are.
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    const folded = (irregularSpace.test(line) ? line.replace(spaceRun, " ") : line).trim();
    if (folded !== "") out = out === "" ? folded : `${out}\n${folded}`;
    start = end + 1;
  }
  return out;
}
