import type { CommandHandler } from "./command-handler.js";
import type { Reply } from "./reply.js";

/** Placeholder while the handlers are built: every command answers that it is not available yet. */
export function createCommandHandler(): CommandHandler {
  const unavailable: Reply = {
    ephemeral: true,
    title: "newsbrief is starting up",
    sections: [],
    tone: "info",
  };
  return {
    handle: async () => unavailable,
    complete: async () => [],
  };
}
