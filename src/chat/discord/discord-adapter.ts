import { DiscordAPIError, Routes } from "discord.js";
import { z } from "zod";
import type { Briefing } from "../../briefing/briefing.js";
import type { CommandHandler } from "../../commands/command-handler.js";
import type { Logger } from "../../logger.js";
import type { ChatAdapter, ChatSession, HttpRoute, PostResult } from "../chat-adapter.js";
import { syncCommands } from "./commands.js";
import { createDiscordRest, type DiscordRestSettings } from "./discord-rest.js";
import { createGatewaySession } from "./gateway-session.js";
import { answerInteraction } from "./interactions/answer-interaction.js";
import { createRestResponder } from "./interactions/interaction-responder.js";
import { interactionSchema } from "./interactions/interaction-schema.js";
import { createInteractionsRoute } from "./interactions/interactions-route.js";
import { inviteUrl } from "./invite-url.js";
import { briefingRef } from "./posting/briefing-ref.js";
import { postBriefing, type SentParts } from "./posting/post-briefing.js";
import { findPostedParts } from "./posting/posted-parts.js";
import { escapeDiscord } from "./render-escape.js";

export interface DiscordAdapterOptions extends DiscordRestSettings {
  /** Bot token (never logged). */
  token: string;
  /** Application id: command registration, interaction follow-ups, the invite URL. */
  applicationId: string;
  /** Application public key (hex): enables `POST /discord/interactions` with signature checks. */
  publicKey?: string;
  logger: Logger;
  /** Defer an interaction whose handler has not answered after this long (default 1500 ms, Discord allows 3 s). */
  deferAfterMs?: number;
  /** Answer autocomplete with no choices after this long (default 2000 ms). */
  completeTimeoutMs?: number;
  /** Compare and bulk-overwrite the global commands at start (default true). */
  syncCommandsOnStart?: boolean;
  /** Wait this long for guilds after READY when the session opens (default 15 s). */
  waitGuildTimeoutMs?: number;
}

export interface DiscordAdapter extends ChatAdapter {
  readonly platform: "discord";
  readonly session: ChatSession;
}

const userSchema = z.object({ id: z.string() });

/**
 * Discord: REST for posting and answering (works without the gateway), a gateway session for
 * receiving interactions, and, with a public key, an HTTP interactions endpoint.
 */
export function createDiscordAdapter(options: DiscordAdapterOptions): DiscordAdapter {
  const { logger, applicationId } = options;
  const rest = createDiscordRest(options);
  const sent = new Map<string, SentParts>();
  let commands: CommandHandler | undefined;
  let started = false;
  let stopped = false;
  let tokenRejected = false;
  let botUserId: string | undefined;

  const fetchBotUserId = async (): Promise<string | undefined> => {
    if (botUserId !== undefined) return botUserId;
    try {
      botUserId = userSchema.parse(await rest.get(Routes.user("@me"))).id;
    } catch (error) {
      if (error instanceof DiscordAPIError && error.status === 401) tokenRejected = true;
      logger.warn("discord: could not read the bot user", { error: describe(error) });
    }
    return botUserId;
  };
  const answerDeps = (responder: ReturnType<typeof createRestResponder>) => ({
    commands: commands ?? notStarted,
    responder,
    logger,
    deferAfterMs: options.deferAfterMs ?? 1_500,
    completeTimeoutMs: options.completeTimeoutMs ?? 2_000,
  });
  const onInteraction = (payload: unknown) => {
    const parsed = interactionSchema.safeParse(payload);
    if (!parsed.success) {
      logger.warn("discord: unreadable interaction ignored", { problem: parsed.error.issues[0]?.message });
      return;
    }
    void answerInteraction(parsed.data, answerDeps(createRestResponder(rest, parsed.data)));
  };
  const session = createGatewaySession({
    token: options.token,
    rest: options,
    logger,
    onInteraction,
    ...(options.waitGuildTimeoutMs === undefined ? {} : { waitGuildTimeoutMs: options.waitGuildTimeoutMs }),
  });
  const httpRoutes: HttpRoute[] =
    options.publicKey === undefined
      ? []
      : [createInteractionsRoute({ publicKey: options.publicKey, rest, logger, deps: answerDeps })];

  return {
    platform: "discord",
    session: {
      open: async () => {
        if (!started)
          throw Object.assign(new Error("start the Discord adapter before its session"), {
            code: "discord_not_started",
          });
        await session.open();
      },
      close: () => session.close(),
      isOpen: () => session.isOpen(),
    },
    httpRoutes,
    async start(handler) {
      commands = handler;
      started = true;
      stopped = false;
      await fetchBotUserId();
      if (tokenRejected) {
        throw Object.assign(new Error("Discord rejected the bot token (401): check DISCORD_TOKEN"), {
          code: "discord_token_rejected",
        });
      }
      logger.info("discord: invite the bot with", { url: inviteUrl(applicationId) });
      if (options.syncCommandsOnStart !== false) {
        try {
          await syncCommands(rest, applicationId, { logger });
        } catch (error) {
          logger.warn("discord: commands not synced", { error: describe(error) });
        }
      }
    },
    async stop() {
      stopped = true;
      await session.close();
    },
    async post(channelId: string, briefing: Briefing, { briefingId, firstAttempt }): Promise<PostResult> {
      if (stopped) return { kind: "failed", reason: "the Discord adapter is stopped" };
      return postBriefing(
        { rest, logger, botUserId: fetchBotUserId, sent },
        { channelId, briefing, briefingId, firstAttempt: firstAttempt === true },
      );
    },
    async notifyUser(userId, text) {
      try {
        const dm = z
          .object({ id: z.string() })
          .parse(await rest.post(Routes.userChannels(), { body: { recipient_id: userId } }));
        await rest.post(Routes.channelMessages(dm.id), {
          body: { content: escapeDiscord(text).slice(0, 2000), allowed_mentions: { parse: [] } },
        });
        return true;
      } catch (error) {
        logger.warn("discord: could not message the user", { user: userId, error: describe(error) });
        return false;
      }
    },
    async findPosted(channelId, briefingId) {
      const id = await fetchBotUserId();
      if (id === undefined) return [];
      try {
        const found = await findPostedParts(rest, { channelId, botUserId: id, ref: briefingRef(briefingId) });
        // Only a complete briefing counts as posted: post() resumes one that is partly there.
        if (found.count === 0 || found.parts.size < found.count) return [];
        return [...found.parts.entries()].sort(([a], [b]) => a - b).map(([, messageId]) => messageId);
      } catch (error) {
        logger.warn("discord: could not read channel history", { channelId, error: describe(error) });
        return [];
      }
    },
    isReady: () => started && !stopped && !tokenRejected && botUserId !== undefined,
  };
}

const notStarted: CommandHandler = {
  handle: async () => ({
    ephemeral: true,
    title: "newsbrief is starting up, try again in a moment.",
    sections: [],
  }),
  complete: async () => [],
};

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
