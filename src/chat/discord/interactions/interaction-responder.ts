import { type REST, Routes } from "discord.js";
import type { DiscordInteractionMessage } from "../render-types.js";
import type { Interaction } from "./interaction-schema.js";

/** The body of an interaction's first answer. */
export interface CallbackBody {
  type: number;
  data?: DiscordInteractionMessage | { flags?: number } | { choices: { name: string; value: string }[] };
}

/** The ways to answer one interaction; each call is one request to Discord. */
export interface InteractionResponder {
  /** The first answer (message, deferral, choices or pong): Discord waits 3 s for it. */
  callback(body: CallbackBody): Promise<void>;
  /** Replace the deferred or first answer. */
  editOriginal(message: DiscordInteractionMessage): Promise<void>;
  /** Remove the first answer (when a deferred public answer turns out to be a private one). */
  deleteOriginal(): Promise<void>;
  /** One more message after the first (a briefing that spans several). */
  followUp(message: DiscordInteractionMessage): Promise<void>;
}

/**
 * Answer through REST: the callback endpoint, then the interaction's webhook for edits and
 * follow-ups. These are authorised by the interaction token in the path, not the bot token.
 */
export function createRestResponder(rest: REST, interaction: Interaction): InteractionResponder {
  const { application_id: applicationId, id, token } = interaction;
  return {
    async callback(body) {
      await rest.post(Routes.interactionCallback(id, token), { body, auth: false });
    },
    async editOriginal(message) {
      // Flags (ephemeral) are fixed by the first answer and cannot be edited.
      const { flags: _flags, ...body } = message;
      await rest.patch(Routes.webhookMessage(applicationId, token, "@original"), { body, auth: false });
    },
    async deleteOriginal() {
      await rest.delete(Routes.webhookMessage(applicationId, token, "@original"), { auth: false });
    },
    async followUp(message) {
      await rest.post(Routes.webhook(applicationId, token), { body: message, auth: false });
    },
  };
}
