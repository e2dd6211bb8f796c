import type { Inline, Reply } from "../../commands/reply.js";
import { foldWhitespace } from "../../text/fold-whitespace.js";
import { renderText } from "./render.js";

/**
 * A command's Reply as plain text, for the console and for tests: the title, each section's
 * heading and lines, links as "text <url>", then the briefing if there is one. Monospace pieces
 * keep their spacing (a caret under a query must stay under its spot); other text has control
 * characters and runs of whitespace folded, so nothing from an article can break the layout. A
 * briefing reply is the briefing's own text, which starts with the title.
 */
export function renderReplyText(reply: Reply): string {
  // A briefing opens with its own heading, which is what a briefing reply's title says.
  if (reply.briefing !== undefined && reply.sections.length === 0) return renderText(reply.briefing);
  const out = [clean(reply.title)];
  for (const section of reply.sections) {
    out.push("");
    if (section.heading !== undefined) out.push(clean(section.heading).toUpperCase());
    for (const line of section.lines) out.push(line.map(inline).join("").trimEnd());
  }
  if (reply.briefing !== undefined) out.push("", renderText(reply.briefing).trimEnd());
  return `${out.join("\n")}\n`;
}

function inline(piece: Inline): string {
  if (typeof piece === "string") return cleanKeepingEdges(piece);
  const text = piece.code ? stripControls(piece.text) : cleanKeepingEdges(piece.text);
  if (piece.url === undefined) return text;
  const url = stripControls(piece.url).replace(/\s/gu, "");
  return text === url ? url : `${text} <${url}>`;
}

function stripControls(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point.
  return text.replace(/[\u0000-\u001f\u007f]/gu, " ");
}

function clean(text: string): string {
  return foldWhitespace(stripControls(text));
}

/** Folded inside, but a leading or trailing space (" — ") that joins pieces is kept. */
function cleanKeepingEdges(text: string): string {
  const lead = /^\s/u.test(text) ? " " : "";
  const trail = /\s$/u.test(text) && text.trim() !== "" ? " " : "";
  const body = clean(text);
  return body === "" ? lead : `${lead}${body}${trail}`;
}
