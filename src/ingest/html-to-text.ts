import { decodeHtmlEntities } from "./decode-html-entities.js";
import { fixMojibake } from "./fix-mojibake.js";
import { foldHtmlText } from "./fold-html-text.js";
import { stepOverTag } from "./html-tags.js";

// Anchored halves of "is there still a tag or an entity in here", tried only where "<" or "&" occur.
const tagAt = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/y;
const entityAt = /&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,8}|#[xX][0-9a-fA-F]{1,7});/y;

/** How to treat a fragment beyond turning it into text. */
export interface HtmlToTextOptions {
  /** Also undo UTF-8-read-as-windows-1252 damage ("â€™" → "’"), as feed text needs. */
  repairMojibake?: boolean;
}

/**
 * HTML fragment → plain text: tags stripped, entities decoded (twice when the feed
 * double-encoded them), runs of whitespace folded to one space, block ends kept as "\n".
 * No DOM: this runs on every item of every feed, so the usual case is a single forward scan.
 */
export function htmlToText(html: string, options: HtmlToTextOptions = {}): string {
  if (html === "") return "";
  const folded = foldHtmlText(html);
  // Folding never changes whether a tag or a reference is left, so the check holds on either form.
  if (folded !== null && !looksLikeMarkup(folded.text)) {
    // The scan knows when no character could start mojibake, which saves scanning the text again.
    return options.repairMojibake && folded.mayHoldMojibake ? fixMojibake(folded.text) : folded.text;
  }
  let text = stripOnce(html);
  // "&amp;lt;p&amp;gt;" arrives as "&lt;p&gt;" after XML parsing and as "<p>" after one pass.
  if (looksLikeMarkup(text)) text = stripOnce(text);
  text = foldWhitespace(text);
  return options.repairMojibake ? fixMojibake(text) : text;
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
  let out = "";
  let index = 0;
  while (index < html.length) {
    const open = html.indexOf("<", index);
    if (open === -1) return out + html.slice(index);
    out += html.slice(index, open);
    const step = stepOverTag(html, open);
    if (step.kind === "end") return out;
    if (step.kind === "literal") {
      out += "<";
      index = open + 1;
    } else {
      if (step.block) out += "\n";
      index = step.next;
    }
  }
  return out;
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
