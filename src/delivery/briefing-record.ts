/**
 * One scheduled briefing of one topic to one channel: the ledger that makes the next briefing
 * start where this one ended, and lets a restart see that a slot was already served.
 */
export interface BriefingRecord {
  /** Unique per (channel, workspace, topic, slot). */
  id: string;
  /** Where it goes, as in config: "console", "discord:<id>", "slack:<id>". */
  channel: string;
  workspaceId: string;
  topic: string;
  /** The scheduled time this briefing is for, ISO. */
  slot: string;
  /** The period it covers, ISO; `until` is the slot. */
  since: string;
  until: string;
  createdAt: string;
  /** When the platform accepted it; null while not (yet) posted. */
  postedAt: string | null;
  /** The platform's message ids, once posted. */
  messageIds: string[];
}
