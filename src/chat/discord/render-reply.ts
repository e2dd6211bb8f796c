import type { Reply, ReplySection } from "../../commands/reply.js";
import { shorten } from "../../text/shorten.js";
import { renderDiscordMessages } from "./render.js";
import { fitDiscord } from "./render-escape.js";
import { renderInlineLine } from "./render-inline.js";
import { joinLines } from "./render-lines.js";
import { embedSize } from "./render-pack.js";
import {
  type DiscordEmbed,
  type DiscordInteractionMessage,
  discordLimits,
  ephemeralFlag,
} from "./render-types.js";

const colours = { info: 0x3b82f6, success: 0x22c55e, error: 0xef4444 } as const;
const lineLimit = 1000;

/**
 * A command's Reply as Discord interaction messages: the title as content, the sections in one
 * embed, then a briefing's embeds (in the same message when they fit, else in follow-ups).
 * The first message answers the interaction, the rest are follow-ups; each is ephemeral when the
 * reply is, mentions nobody, and keeps every Discord limit whatever the input.
 */
export function renderDiscordReply(reply: Reply): DiscordInteractionMessage[] {
  const title = fitDiscord(reply.title, discordLimits.content - 10);
  const first: DiscordInteractionMessage = {
    content: title === "" ? "newsbrief" : `**${title}**`,
    embeds: [],
    allowed_mentions: { parse: [] },
  };
  const sections = sectionsEmbed(reply);
  if (sections !== undefined) first.embeds.push(sections);
  const messages = [first];
  if (reply.briefing !== undefined) {
    for (const message of renderDiscordMessages(reply.briefing)) {
      const last = messages[messages.length - 1] ?? first;
      if (fits(last.embeds, message.embeds)) last.embeds.push(...message.embeds);
      else messages.push({ embeds: message.embeds, allowed_mentions: { parse: [] } });
    }
  }
  if (reply.ephemeral) for (const message of messages) message.flags = ephemeralFlag;
  return messages;
}

/** The sections as one embed's description ("**Heading**" then its lines), or none when empty. */
function sectionsEmbed(reply: Reply): DiscordEmbed | undefined {
  const lines = reply.sections.flatMap((section, index) => sectionLines(section, index > 0));
  if (lines.every((line) => line.trim() === "")) return undefined;
  return {
    color: colours[reply.tone ?? "info"],
    description: joinLines(lines, discordLimits.description, "line"),
  };
}

function sectionLines(section: ReplySection, spaced: boolean): string[] {
  const lines = section.lines.map((line) => renderInlineLine(line, lineLimit)).filter((line) => line !== "");
  const heading = section.heading === undefined ? "" : fitDiscord(section.heading, 200);
  const head = heading === "" ? [] : [`**${heading}**`];
  // A blank line (zero-width space: Discord trims truly empty lines) separates sections.
  return [...(spaced && head.length + lines.length > 0 ? ["\u200b"] : []), ...head, ...lines];
}

function fits(current: DiscordEmbed[], more: DiscordEmbed[]): boolean {
  const size = [...current, ...more].reduce((total, embed) => total + embedSize(embed), 0);
  return current.length + more.length <= discordLimits.embedsPerMessage && size <= discordLimits.embedsTotal;
}

/** A short plain answer (DMs, unknown commands, failures), rendered like any reply. */
export function plainDiscordReply(text: string, ephemeral = true): DiscordInteractionMessage {
  const [message] = renderDiscordReply({
    ephemeral,
    title: shorten(text, 1500),
    sections: [],
    tone: "error",
  });
  return message ?? { content: "newsbrief", embeds: [], allowed_mentions: { parse: [] } };
}
