import type { Briefing } from "../briefing/briefing.js";

/** What happened to one post. Expected outcomes are values; only surprises throw. */
export type PostResult =
  /** Delivered; the platform's ids of every message posted (long briefings span several). */
  | { kind: "sent"; messageIds: string[] }
  /** The platform refused for good (unknown channel, missing permission): do not retry. */
  | { kind: "rejected"; reason: string }
  /** A passing failure (5xx, network, rate limit): retry later, not before `retryAfterMs`. */
  | { kind: "failed"; reason: string; retryAfterMs?: number };

/**
 * The contract every chat platform implements (console, Discord, Slack, webhook). Kept small on
 * purpose: the pipeline hands over a platform-neutral Briefing and the adapter renders it.
 */
export interface ChatAdapter {
  /** Platform name, also the prefix of channel addresses in config ("discord:123"). */
  readonly platform: string;
  /** Connect (log in, open sockets, mount receivers). */
  start(): Promise<void>;
  /** Disconnect and release everything; safe to call twice. */
  stop(): Promise<void>;
  /** Render and post one briefing to a channel of this platform. */
  post(channelId: string, briefing: Briefing): Promise<PostResult>;
}
