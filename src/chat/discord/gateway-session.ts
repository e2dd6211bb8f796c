import { Client, Events, GatewayDispatchEvents, GatewayIntentBits } from "discord.js";
import type { Logger } from "../../logger.js";
import type { ChatSession } from "../chat-adapter.js";
import { type DiscordRestSettings, discordRestOptions } from "./discord-rest.js";

export interface GatewaySessionOptions {
  token: string;
  rest: DiscordRestSettings;
  logger: Logger;
  /** Every INTERACTION_CREATE payload, raw: the caller validates it. Must not throw. */
  onInteraction(payload: unknown): void;
  /** How long to wait for the guilds announced in READY before calling the session open. */
  waitGuildTimeoutMs?: number;
}

/**
 * The gateway connection: a discord.js Client with the Guilds intent only (no privileged intents:
 * slash commands arrive as interactions, no message content is needed). A new Client per open, so
 * a session closed (lease lost) can be opened again; posting never needs it.
 */
export function createGatewaySession(options: GatewaySessionOptions): ChatSession {
  let client: Client | undefined;
  return {
    async open() {
      if (client !== undefined) return;
      const created = new Client({
        intents: [GatewayIntentBits.Guilds],
        rest: discordRestOptions(options.rest),
        allowedMentions: { parse: [] },
        waitGuildTimeout: options.waitGuildTimeoutMs ?? 15_000,
      });
      client = created;
      created.ws.on(GatewayDispatchEvents.InteractionCreate, (payload: unknown) =>
        options.onInteraction(payload),
      );
      created.on(Events.Error, (error) =>
        options.logger.warn("discord gateway error", { error: error.message }),
      );
      created.on(Events.ShardDisconnect, (event) =>
        options.logger.warn("discord gateway disconnected", { code: event.code }),
      );
      const ready = new Promise<void>((resolve) => created.once(Events.ClientReady, () => resolve()));
      try {
        await created.login(options.token);
        await ready;
      } catch (error) {
        client = undefined;
        await created.destroy();
        throw error;
      }
      options.logger.info("discord gateway connected", {
        user: created.user?.tag,
        guilds: created.guilds.cache.size,
      });
    },
    async close() {
      const current = client;
      client = undefined;
      await current?.destroy();
    },
    isOpen: () => client?.isReady() === true,
  };
}
