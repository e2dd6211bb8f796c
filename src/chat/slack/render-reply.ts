import type { Inline, Reply, ReplyLine } from "../../commands/reply.js";
import { renderSlackMessages } from "./render.js";
import { escapeSlack, fitSlack, slackLink } from "./render-escape.js";
import { chunkLines, packBlocks } from "./render-pack.js";
import { type SlackBlock, type SlackMessage, slackLimits } from "./render-types.js";

/** One answer message: what `ack()` or `respond()` sends for a slash command. */
export interface SlackReplyMessage extends SlackMessage {
  /** ephemeral: only the user who typed the command sees it; in_channel: everyone does. */
  response_type: "ephemeral" | "in_channel";
}

/**
 * A response_url takes at most five messages (Slack: five uses in 30 minutes), and a slow answer
 * sends every message through it, so no reply is longer than that.
 */
export const maxReplyMessages = 5;

const maxPiece = 1000;
const maxLine = 2900;
const toneMark = { error: ":warning: ", success: ":white_check_mark: ", info: "" } as const;

/**
 * Render a command's Reply as Slack messages: the title in bold, each section's heading and lines,
 * then the briefing (when there is one) as `renderSlackMessages` draws it. Every string is escaped
 * (no `<!channel>`, `<@U…>` or `<url|label>` from users or articles); styled pieces become mrkdwn
 * and links only to http(s) URLs. Within Block Kit limits; a long reply continues in further
 * messages, at most `maxReplyMessages`.
 */
export function renderSlackReply(reply: Reply): SlackReplyMessage[] {
  const title = reply.title.trim() === "" ? "newsbrief" : reply.title;
  const lines = [`${toneMark[reply.tone ?? "info"]}*${fitSlack(title, 300)}*`];
  const blocks: SlackBlock[] = sections(lines);
  for (const section of reply.sections) {
    const heading = section.heading === undefined ? [] : [`*${fitSlack(section.heading, 200)}*`];
    const body = [...heading, ...section.lines.map(renderLine)].filter((line) => line !== "");
    if (body.length > 0) blocks.push(...sections(body));
  }
  if (reply.briefing !== undefined) {
    blocks.push(...renderSlackMessages(reply.briefing).flatMap((message) => message.blocks));
  }
  const response_type = reply.ephemeral ? "ephemeral" : "in_channel";
  const messages = capMessages(packBlocks(blocks, fitSlack(title, 300)));
  return messages.map((message) => ({ response_type, ...message }));
}

function capMessages(messages: SlackMessage[]): SlackMessage[] {
  if (messages.length <= maxReplyMessages) return messages;
  const kept = messages.slice(0, maxReplyMessages);
  const last = kept[kept.length - 1];
  if (last === undefined) return kept;
  const note: SlackBlock = {
    type: "context",
    elements: [
      {
        type: "mrkdwn",
        text: `_Shortened: ${messages.length - maxReplyMessages} more part(s) left out._`,
        verbatim: true,
      },
    ],
  };
  const room = last.blocks.slice(0, slackLimits.blocksPerMessage - 1);
  kept[kept.length - 1] = { ...last, blocks: [...room, note] };
  return kept;
}

/** Pieces side by side; a line longer than a section allows is cut between pieces. */
function renderLine(line: ReplyLine): string {
  let text = "";
  for (const piece of line) {
    const rendered = renderInline(piece);
    if (text.length + rendered.length > maxLine) return `${text}…`;
    text += rendered;
  }
  return text;
}

function renderInline(piece: Inline): string {
  if (typeof piece === "string") return keepEdges(piece, fitSlack(piece, maxPiece));
  const core = piece.text.trim();
  if (core === "") return keepEdges(piece.text, "");
  let text = piece.code === true ? codeSpan(core) : fitSlack(core, maxPiece);
  if (piece.url !== undefined && piece.code !== true) text = slackLink(core, piece.url, 200);
  if (piece.italic === true) text = `_${text}_`;
  if (piece.bold === true) text = `*${text}*`;
  return keepEdges(piece.text, text);
}

/** Escaping trims; the spaces between pieces are part of the reply's layout, so keep one. */
function keepEdges(raw: string, text: string): string {
  const lead = /^\s/u.test(raw) ? " " : "";
  const trail = /\s$/u.test(raw) && raw.trim() !== "" ? " " : "";
  return `${lead}${text}${trail}`;
}

/**
 * Monospace, escaped but without the zero-width spaces `escapeSlack` adds around `*_~`: inside a
 * code span they would not format anyway, and a query copied from it must stay exactly as shown.
 * A backtick would end the span, so it becomes a look-alike.
 */
function codeSpan(raw: string): string {
  const text = escapeSlack(raw.length > maxPiece ? `${raw.slice(0, maxPiece - 1)}…` : raw)
    .replace(/\u200b/gu, "")
    .replace(/`/gu, "ˋ");
  return `\`${text}\``;
}

function sections(lines: string[]): SlackBlock[] {
  return chunkLines(lines, slackLimits.sectionText).map((text) => ({
    type: "section",
    text: { type: "mrkdwn", text, verbatim: true },
  }));
}
