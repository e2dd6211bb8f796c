import type { Briefing } from "../briefing/briefing.js";
import { renderText } from "../chat/console/render.js";
import { renderDiscordMessages } from "../chat/discord/render.js";
import { renderMarkdown } from "../chat/markdown/render.js";
import { renderSlackMessages } from "../chat/slack/render.js";

export const briefingFormats = ["text", "markdown", "discord-json", "slack-json"] as const;
export type BriefingFormat = (typeof briefingFormats)[number];

export function isBriefingFormat(value: string | undefined): value is BriefingFormat {
  return briefingFormats.includes(value as BriefingFormat);
}

/** The `--format` output of `brief` and `demo`: text, Markdown, or the JSON array of messages a platform would get. */
export function renderBriefingOutput(briefing: Briefing, format: BriefingFormat): string {
  switch (format) {
    case "text":
      return renderText(briefing);
    case "markdown":
      return renderMarkdown(briefing);
    case "discord-json":
      return JSON.stringify(renderDiscordMessages(briefing), null, 2);
    case "slack-json":
      return JSON.stringify(renderSlackMessages(briefing), null, 2);
  }
}
