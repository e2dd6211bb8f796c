import { randomBytes } from "node:crypto";
import type { CommandHandler } from "../../../commands/command-handler.js";
import type { Choice, CommandRequest, CompletionRequest } from "../../../commands/command-request.js";
import type { Reply } from "../../../commands/reply.js";
import type { Logger } from "../../../logger.js";
import { shorten } from "../../../text/shorten.js";
import { plainDiscordReply, renderDiscordReply } from "../render-reply.js";
import { ephemeralFlag } from "../render-types.js";
import type { InteractionResponder } from "./interaction-responder.js";
import { callbackType, type Interaction, interactionType } from "./interaction-schema.js";
import { mapInteraction } from "./map-interaction.js";

export interface AnswerDeps {
  commands: CommandHandler;
  responder: InteractionResponder;
  logger: Logger;
  /** Defer (type 5) when the handler has not answered after this long; Discord allows 3 s. */
  deferAfterMs: number;
  /** Autocomplete cannot be deferred: after this long, answer with no choices. */
  completeTimeoutMs: number;
}

/**
 * Answer one interaction, within Discord's 3 seconds whatever the handler does: a fast answer
 * goes out as the callback; a slow one is deferred (ephemeral unless `public` is set) and then
 * edited in. Never throws: a handler that throws still gets a generic answer, with a ref in the log.
 */
export async function answerInteraction(interaction: Interaction, deps: AnswerDeps): Promise<void> {
  try {
    if (interaction.type === interactionType.ping) {
      await deps.responder.callback({ type: callbackType.pong });
      return;
    }
    const mapped = mapInteraction(interaction);
    const isComplete = interaction.type === interactionType.autocomplete;
    if (mapped.kind === "complete") return await answerCompletion(mapped.request, deps);
    if (isComplete)
      return await deps.responder.callback({ type: callbackType.autocomplete, data: { choices: [] } });
    if (mapped.kind === "command") return await answerCommand(mapped.request, deps);
    const text =
      mapped.kind === "direct-message"
        ? "newsbrief works in servers: run its commands in a channel of a server it was added to."
        : `Unknown command /${mapped.name}: it is not one of newsbrief's (any more). Type / to see them.`;
    await deps.responder.callback({ type: callbackType.message, data: plainDiscordReply(text) });
  } catch (error) {
    deps.logger.warn("discord interaction could not be answered", {
      interaction: interaction.id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}

async function answerCommand(request: CommandRequest, deps: AnswerDeps): Promise<void> {
  const wantsPublic = request.options.public === true;
  const work = handleSafely(request, deps);
  let timer: NodeJS.Timeout | undefined;
  const slow = new Promise<"slow">((resolve) => {
    timer = setTimeout(() => resolve("slow"), deps.deferAfterMs);
  });
  const first = await Promise.race([work, slow]);
  clearTimeout(timer);
  if (first !== "slow") {
    const [message, ...more] = renderDiscordReply(first);
    if (message !== undefined) await deps.responder.callback({ type: callbackType.message, data: message });
    for (const followUp of more) await deps.responder.followUp(followUp);
    return;
  }
  // Why before the work finishes: Discord drops an interaction not answered within 3 s.
  await deps.responder.callback({
    type: callbackType.deferredMessage,
    data: wantsPublic ? {} : { flags: ephemeralFlag },
  });
  const reply = await work;
  if (wantsPublic && reply.ephemeral) {
    // The channel saw "thinking…"; an answer meant for the asker alone must not replace it there.
    await deps.responder.deleteOriginal();
    for (const message of renderDiscordReply(reply)) await deps.responder.followUp(message);
    return;
  }
  const [message, ...more] = renderDiscordReply({ ...reply, ephemeral: !wantsPublic });
  if (message !== undefined) await deps.responder.editOriginal(message);
  for (const followUp of more) await deps.responder.followUp(followUp);
}

async function handleSafely(request: CommandRequest, deps: AnswerDeps): Promise<Reply> {
  try {
    return await deps.commands.handle(request);
  } catch (error) {
    const ref = randomBytes(4).toString("hex");
    deps.logger.error("command handler threw", { ref, command: request.command, error });
    return {
      ephemeral: true,
      title: `Something went wrong (ref ${ref}); it is in the bot's log.`,
      sections: [],
      tone: "error",
    };
  }
}

async function answerCompletion(request: CompletionRequest, deps: AnswerDeps): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<Choice[]>((resolve) => {
    timer = setTimeout(() => resolve([]), deps.completeTimeoutMs);
  });
  const found = deps.commands.complete(request).catch((error: unknown) => {
    deps.logger.error("command completion threw", { command: request.command, error });
    return [];
  });
  const choices = await Promise.race([found, late]);
  clearTimeout(timer);
  await deps.responder.callback({ type: callbackType.autocomplete, data: { choices: fitChoices(choices) } });
}

/** At most 25 choices; names shortened to 100 characters, values longer than 100 left out (a cut value would be wrong). */
function fitChoices(choices: Choice[]): Choice[] {
  return choices
    .filter((choice) => choice.value.length <= 100)
    .slice(0, 25)
    .map((choice) => ({
      name: shorten(choice.name.trim() || choice.value, 100) || "…",
      value: choice.value,
    }));
}
