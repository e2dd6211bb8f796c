import type { Briefing } from "../briefing/briefing.js";

/** Where an outbox briefing stands. */
export type BriefingStatus =
  /** Waiting to be sent (first try or a retry at `nextAttemptAt`). */
  | "pending"
  /** The platform accepted it; `messageIds` says where it is. */
  | "sent"
  /** Given up: refused for good or out of retries; `lastError` says why (shown in /status). */
  | "failed"
  /** A later slot's briefing covers this one's period too, so this one is never sent. */
  | "superseded";

/**
 * One briefing in the outbox: composed and stored before it is sent, so a slot makes at most
 * one briefing, a crash loses nothing, and the next briefing starts where the last sent one ended.
 */
export interface BriefingRecord {
  /** Unique per (channel, workspace, topic, slot); also what the platform message carries. */
  id: string;
  /** The subscription whose slot this is; null for one-off posts (`/briefing public`). */
  subscriptionId: string | null;
  /** Where it goes: "console", "discord:<id>", "slack:<id>", "discord-webhook:<name>", … */
  channel: string;
  workspaceId: string;
  topic: string;
  /** The scheduled time this briefing is for (never the clock when the job happened to run), ISO. */
  slot: string;
  /** The period it covers, ISO; `until` is the slot. */
  since: string;
  until: string;
  createdAt: string;
  /** The composed briefing, exactly as it will be rendered and sent. */
  briefing: Briefing;
  status: BriefingStatus;
  /** Send attempts started so far (an attempt counts before the send, so a crash mid-send counts). */
  attempts: number;
  /** Not to be tried again before this time, ISO. */
  nextAttemptAt: string;
  /** Why the last attempt failed, or why it was given up; null otherwise. */
  lastError: string | null;
  /** When the platform accepted it; null while not (yet) sent. */
  postedAt: string | null;
  /** The platform's message ids, once sent. */
  messageIds: string[];
}
