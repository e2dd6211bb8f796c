import { App, SocketModeReceiver, webApi } from "@slack/bolt";
import type { Briefing } from "../../briefing/briefing.js";
import type { CommandHandler } from "../../commands/command-handler.js";
import type { Logger } from "../../logger.js";
import type { ChatAdapter, PostResult } from "../chat-adapter.js";
import { createAdminRights } from "./admin-rights.js";
import { boltLogger } from "./bolt-logger.js";
import { createCommandListener } from "./command-listener.js";
import { findBriefingParts } from "./find-briefing-parts.js";
import { createHttpReceiver } from "./http/http-receiver.js";
import { postBriefing } from "./post-briefing.js";
import { createRecentIds } from "./recent-ids.js";
import { escapeSlack } from "./render-escape.js";
import { createSocketSession } from "./socket-session.js";
import { slackErrorCode } from "./to-post-result.js";

export interface SlackAdapterOptions {
  /** Bot token (xoxb-…): posting, users.info, history. */
  botToken: string;
  /** Signing secret: serves and verifies `POST /slack/events` (HTTP mode). */
  signingSecret?: string;
  /** App-level token (xapp-…): commands arrive over Socket Mode, through `session`. */
  appToken?: string;
  /** Web API base URL ending in `/api/` (tests); default https://slack.com/api/. */
  apiUrl?: string;
  /** User ids allowed admin commands besides workspace admins and owners (config `slack.admins`). */
  admins: readonly string[];
  logger: Logger;
  /** How long a command's handler may take before the answer goes through response_url (2000). */
  ackWithinMs?: number;
  /** Per Web API request (10,000 ms). */
  requestTimeoutMs?: number;
  /** Quick retries of reads (auth.test, users.info, history, apps.connections.open) on 5xx/network (2). */
  readRetries?: number;
  /** Clock for signature age and the admin cache (tests). */
  now?: () => number;
}

/** The Slack ChatAdapter. */
export interface SlackAdapter extends ChatAdapter {
  readonly platform: "slack";
}

/**
 * Slack through @slack/bolt. Commands arrive over Socket Mode (`session`, when `appToken` is set)
 * and/or signed HTTP (`httpRoutes`, when `signingSecret` is set); at least one is required.
 *
 * The WebClient's defaults would retry a 5xx for about 30 minutes and wait out 429s silently, so
 * both are set here: reads get `readRetries` quick retries (200 ms, 400 ms), posting gets none
 * (a timed-out post may have gone through, and `post` checks history before trying again), and
 * rate limits are rejected at once (`rejectRateLimitedCalls`) and returned with Retry-After.
 */
export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const { logger, botToken, appToken, signingSecret } = options;
  if (appToken === undefined && signingSecret === undefined) {
    throw new Error("Slack needs SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)");
  }
  const timeout = options.requestTimeoutMs ?? 10_000;
  const clientOptions: webApi.WebClientOptions = {
    slackApiUrl: options.apiUrl ?? "https://slack.com/api/",
    logger: boltLogger(logger),
    timeout,
    // bolt's respond() (the response_url) fetches through this too: it gets the same deadline.
    fetch: (url, init) => fetch(url, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeout) }),
    rejectRateLimitedCalls: true,
    retryConfig: { retries: options.readRetries ?? 2, factor: 2, minTimeout: 200, randomize: false },
  };
  let ready = false;
  let handler: CommandHandler | undefined;

  const http =
    signingSecret === undefined
      ? undefined
      : createHttpReceiver({ signingSecret, logger, isReady: () => ready, now: options.now });
  // Socket Mode's own WebClient (apps.connections.open) takes the same URL, timeout and retries.
  const socket =
    appToken === undefined
      ? undefined
      : new SocketModeReceiver({
          appToken,
          logger: boltLogger(logger),
          installerOptions: { clientOptions: { ...clientOptions } },
        });
  const app = new App({
    token: botToken,
    receiver: socket ?? http,
    logger: boltLogger(logger),
    clientOptions: { ...clientOptions },
    // auth.test runs in `start`, where a bad token is a clear error, not in this constructor.
    deferInitialization: true,
    convoStore: false,
  });
  http?.init(app);
  const poster = new webApi.WebClient(botToken, { ...clientOptions, retryConfig: { retries: 0 } });
  const adminRights = createAdminRights({
    usersInfo: (user) => app.client.users.info({ user }),
    admins: options.admins,
    logger,
    now: options.now,
  });

  app.command(
    /^\/.+/u,
    createCommandListener({
      handler: () => (ready ? handler : undefined),
      adminRights,
      ackWithinMs: options.ackWithinMs ?? 2000,
      recent: createRecentIds(),
      logger,
    }),
  );
  // The bot sends nothing interactive; anything that arrives anyway is acknowledged, not left to time out.
  app.action(/.*/u, async ({ ack }) => ack());
  app.shortcut(/.*/u, async ({ ack }) => ack());
  app.view(/.*/u, async ({ ack }) => ack());
  app.error(async (error) => logger.error("slack listener failed", { error }));
  const session = socket === undefined ? undefined : createSocketSession(socket, logger);

  return {
    platform: "slack",
    session,
    httpRoutes: http === undefined ? undefined : [http.route],
    async start(commands) {
      handler = commands;
      try {
        await app.init();
      } catch (error) {
        const code = slackErrorCode(error) ?? (error instanceof Error ? error.message : String(error));
        throw new Error(`Slack did not accept SLACK_BOT_TOKEN (auth.test: ${code})`, { cause: error });
      }
      ready = true;
      logger.info("slack ready", { socketMode: socket !== undefined, http: http !== undefined });
    },
    async stop() {
      ready = false;
      await session?.close();
    },
    async post(channelId: string, briefing: Briefing, { briefingId, firstAttempt }): Promise<PostResult> {
      if (!ready) return { kind: "failed", reason: "the Slack adapter is not started" };
      return postBriefing(
        { post: poster, read: app.client, logger },
        { channelId, briefing, briefingId, firstAttempt: firstAttempt === true },
      );
    },
    async notifyUser(userId, text) {
      try {
        // A user id as the channel posts to the app's direct-message conversation with that user.
        await poster.chat.postMessage({ channel: userId, text: escapeSlack(text), unfurl_links: false });
        return true;
      } catch (error) {
        logger.warn("slack: could not message the user", { user: userId, error });
        return false;
      }
    },
    async findPosted(channelId, briefingId) {
      try {
        const { byPart, total } = await findBriefingParts(
          (args) => app.client.conversations.history(args),
          channelId,
          briefingId,
        );
        // Only a complete briefing counts as posted: for a partial one `post` sends the rest.
        if (total === undefined || byPart.size < total) return [];
        return [...byPart.entries()].sort(([a], [b]) => a - b).map(([, ts]) => ts);
      } catch (error) {
        // `post` looks in history itself before sending, so [] here cannot cause a duplicate.
        logger.warn("slack history lookup failed", { channelId, error });
        return [];
      }
    },
    isReady: () => ready,
  };
}
