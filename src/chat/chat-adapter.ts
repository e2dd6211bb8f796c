import type { IncomingMessage, ServerResponse } from "node:http";
import type { Briefing } from "../briefing/briefing.js";
import type { CommandHandler } from "../commands/command-handler.js";

/** What happened to one post. Expected outcomes are values; only surprises throw. */
export type PostResult =
  /** Delivered; the platform's ids of every message posted (long briefings span several). */
  | { kind: "sent"; messageIds: string[] }
  /** The platform refused for good (unknown channel, missing permission, bot removed): do not retry. */
  | { kind: "rejected"; reason: string; status?: number }
  /** A passing failure (5xx, network, rate limit): retry later, not before `retryAfterMs`. */
  | { kind: "failed"; reason: string; retryAfterMs?: number };

export interface PostOptions {
  /**
   * The outbox id of this briefing. Adapters attach it to what they post (Discord: message nonce;
   * Slack: message metadata) so that after a crash `findPosted` can tell whether it went out.
   */
  briefingId: string;
  /**
   * No earlier attempt of this briefing can have reached the platform: adapters skip looking in
   * the channel's history for parts already posted (a history read per post would also spend the
   * platform's tighter rate limits for nothing).
   */
  firstAttempt?: boolean;
}

/** An HTTP route an adapter serves on the bot's port (Slack's `POST /slack/events`). */
export interface HttpRoute {
  method: "GET" | "POST";
  path: string;
  /** Answers the request completely; the body has not been read yet. */
  handle(request: IncomingMessage, response: ServerResponse): void;
}

/**
 * The one persistent connection a platform allows per bot (Discord gateway, Slack Socket Mode).
 * Opened by whichever replica holds its lease; posting and HTTP routes work without it.
 */
export interface ChatSession {
  open(): Promise<void>;
  close(): Promise<void>;
  /** Connected and receiving commands. */
  isOpen(): boolean;
}

/**
 * The contract every chat platform implements (console, Discord, Slack, webhooks). Kept small on
 * purpose: the pipeline hands over a platform-neutral Briefing and the adapter renders it; commands
 * arrive in the platform's native form and leave as `CommandRequest`s for the handler.
 */
export interface ChatAdapter {
  /** Platform name, also the prefix of channel addresses ("discord:123", "slack:C123"). */
  readonly platform: string;
  /**
   * Get ready to post and to answer commands through `commands` (check credentials, build
   * clients, prepare HTTP routes). Adapters without commands ignore the handler.
   */
  start(commands: CommandHandler): Promise<void>;
  /** Disconnect and release everything; safe to call twice. */
  stop(): Promise<void>;
  /** Render and post one briefing to a channel of this platform. Nothing in it can ping anyone. */
  post(channelId: string, briefing: Briefing, options: PostOptions): Promise<PostResult>;
  /**
   * The ids of the messages in the channel's recent history that carry `briefingId` when the
   * whole briefing is there (posted before a crash, never marked); [] when it is not, or only
   * partly — then `post` is called again and sends only the parts still missing. Platforms that
   * cannot look (console, webhooks) answer [].
   */
  findPosted(channelId: string, briefingId: string): Promise<string[]>;
  /** True while the adapter can post (credentials accepted, not stopped): for /readyz. */
  isReady(): boolean;
  /**
   * Tell one user something privately (a direct message): why their subscription was paused.
   * Plain text, shown literally. False when it could not be delivered; platforms without users
   * (console, webhooks) leave it out.
   */
  notifyUser?(userId: string, text: string): Promise<boolean>;
  /** The platform's persistent connection, when it has one. */
  readonly session?: ChatSession;
  /** Routes to mount on the bot's HTTP server. */
  readonly httpRoutes?: readonly HttpRoute[];
}
