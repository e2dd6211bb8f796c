import type { SlackMessage } from "../../../../src/chat/slack/render-types.js";

/** Block Kit limits for a message (../shared/specs/NOTES.md, "Slack Block Kit limits"). */
export const slackLimitTable = {
  blocks: 50,
  header: 150,
  section: 3000,
  contextElements: 10,
  elementText: 3000,
  /** "well under 12,000": Slack has rejected payloads at about 13,200 characters of blocks. */
  totalText: 10_000,
  fallbackText: 40_000,
} as const;

/** Every Block Kit limit problem of one message, as readable strings; empty when it may be posted. */
export function checkSlackLimits(message: SlackMessage): string[] {
  const problems: string[] = [];
  const limit = (what: string, value: number, max: number) => {
    if (value > max) problems.push(`${what} is ${value} > ${max}`);
  };
  if (message.text.trim() === "") problems.push("no fallback text");
  limit("fallback text", message.text.length, slackLimitTable.fallbackText);
  limit("blocks", message.blocks.length, slackLimitTable.blocks);
  let total = 0;
  message.blocks.forEach((block, index) => {
    switch (block.type) {
      case "header":
        limit(`block ${index} header`, block.text.text.length, slackLimitTable.header);
        if (block.text.type !== "plain_text") problems.push(`block ${index} header is not plain_text`);
        total += block.text.text.length;
        break;
      case "section":
        limit(`block ${index} section`, block.text.text.length, slackLimitTable.section);
        if (block.text.text.length === 0) problems.push(`block ${index} section is empty`);
        total += block.text.text.length;
        break;
      case "context":
        limit(`block ${index} context elements`, block.elements.length, slackLimitTable.contextElements);
        for (const element of block.elements) {
          limit(`block ${index} context element`, element.text.length, slackLimitTable.elementText);
          total += element.text.length;
        }
        break;
      case "divider":
        break;
    }
  });
  limit("text across blocks", total, slackLimitTable.totalText);
  return problems;
}
