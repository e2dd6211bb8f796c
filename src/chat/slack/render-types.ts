/** Block Kit limits for a message (docs.slack.dev block reference; NOTES.md in ../shared/specs). */
export const slackLimits = {
  blocksPerMessage: 50,
  headerText: 150,
  sectionText: 3000,
  contextElements: 10,
  /** Our own ceiling for all block text of one message: Slack rejects payloads well below 12,000. */
  messageText: 9000,
} as const;

export interface SlackPlainText {
  type: "plain_text";
  /** Shown literally; Slack parses no markup in plain_text. */
  text: string;
  emoji?: boolean;
}

export interface SlackMrkdwn {
  type: "mrkdwn";
  /** Slack mrkdwn; every piece of article text in it is escaped. */
  text: string;
  /** True: no automatic linking of URLs, channel names or mentions. */
  verbatim?: boolean;
}

export type SlackBlock =
  | { type: "header"; text: SlackPlainText }
  | { type: "section"; text: SlackMrkdwn }
  | { type: "context"; elements: SlackMrkdwn[] }
  | { type: "divider" };

/** Arguments of chat.postMessage besides the channel. */
export interface SlackMessage {
  /** Plain fallback for notifications and clients without Block Kit (escaped like mrkdwn). */
  text: string;
  /** At most 50 blocks. */
  blocks: SlackBlock[];
}
