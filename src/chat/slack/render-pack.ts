import { shorten } from "../../text/shorten.js";
import { type SlackBlock, type SlackMessage, slackLimits } from "./render-types.js";

/** Characters of text a block carries. */
export function blockSize(block: SlackBlock): number {
  switch (block.type) {
    case "header":
    case "section":
      return block.text.text.length;
    case "context":
      return block.elements.reduce((sum, element) => sum + element.text.length, 0);
    case "divider":
      return 0;
  }
}

/**
 * Group lines into section texts of at most `limit` characters, breaking only between lines.
 * A single line longer than the limit (only possible with hostile input) is shortened.
 */
export function chunkLines(lines: string[], limit: number = slackLimits.sectionText): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const raw of lines) {
    const line = raw.length > limit ? shorten(raw, limit) : raw;
    if (current !== "" && current.length + 1 + line.length > limit) {
      chunks.push(current);
      current = "";
    }
    current = current === "" ? line : `${current}\n${line}`;
  }
  if (current !== "") chunks.push(current);
  return chunks;
}

/**
 * Pack blocks into messages of at most 50 blocks and `slackLimits.messageText` characters.
 * Messages never start with a divider; each gets its own fallback text.
 */
export function packBlocks(blocks: SlackBlock[], fallback: string): SlackMessage[] {
  const groups: SlackBlock[][] = [];
  let current: SlackBlock[] = [];
  let size = 0;
  for (const block of blocks) {
    const blockLength = blockSize(block);
    const full =
      current.length >= slackLimits.blocksPerMessage || size + blockLength > slackLimits.messageText;
    if (current.length > 0 && full) {
      groups.push(current);
      current = [];
      size = 0;
    }
    if (current.length === 0 && block.type === "divider") continue;
    current.push(block);
    size += blockLength;
  }
  if (current.length > 0) groups.push(current);
  return groups.map((group, index) => ({
    text: groups.length === 1 ? fallback : `${fallback} (${index + 1}/${groups.length})`,
    blocks: group,
  }));
}
