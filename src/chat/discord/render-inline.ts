import type { Inline, ReplyLine } from "../../commands/reply.js";
import { shorten } from "../../text/shorten.js";
import { discordUrl, fitDiscord } from "./render-escape.js";

/** Longest piece of a reply line, before markup. */
const pieceLimit = 600;

/**
 * One reply line as Discord markdown: raw text escaped (nothing typed by users or found in
 * articles can format, mask a link or ping), styles as markdown, links only to http(s) URLs.
 * Pieces sit side by side, so a piece's leading or trailing space is kept.
 */
export function renderInlineLine(line: ReplyLine, limit: number): string {
  return shorten(line.map(renderPiece).join(""), limit);
}

function renderPiece(piece: Inline): string {
  if (typeof piece === "string") return keepEdges(piece, fitDiscord(piece, pieceLimit));
  let text = piece.code === true ? codeSpan(piece.text) : fitDiscord(piece.text, pieceLimit);
  if (text === "") return "";
  const url = piece.url === undefined ? null : discordUrl(piece.url);
  if (url !== null) text = `[${text}](${url})`;
  if (piece.italic === true) text = `*${text}*`;
  if (piece.bold === true) text = `**${text}**`;
  return keepEdges(piece.text, text);
}

/** Inside a code span nothing renders, so no escaping: backticks and line breaks must go. */
function codeSpan(raw: string): string {
  const flat = shorten(
    raw
      .replace(/`/gu, "ˋ")
      .replace(/\s+/gu, " ")
      .trim()
      // Inert anyway inside code, but no answer should ever contain a working "@everyone".
      .replace(/@/gu, "@\u200b"),
    pieceLimit,
  );
  return flat === "" ? "" : `\`${flat}\``;
}

function keepEdges(raw: string, rendered: string): string {
  if (rendered === "") return /\s/u.test(raw) ? " " : "";
  return `${/^\s/u.test(raw) ? " " : ""}${rendered}${/\s$/u.test(raw) ? " " : ""}`;
}
