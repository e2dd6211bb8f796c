import { randomUUID } from "node:crypto";
import type { SlackCommandMiddlewareArgs } from "@slack/bolt";
import { z } from "zod";
import type { CommandHandler } from "../../commands/command-handler.js";
import type { CommandRequest } from "../../commands/command-request.js";
import type { Reply } from "../../commands/reply.js";
import type { Logger } from "../../logger.js";
import type { AdminRights } from "./admin-rights.js";
import { commandReplies } from "./command-replies.js";
import { parseSlackCommand } from "./commands.js";
import type { RecentIds } from "./recent-ids.js";
import { renderSlackReply, type SlackReplyMessage } from "./render-reply.js";

/** The fields of Slack's slash-command payload we use (checked, since it comes from outside). */
const slashCommand = z.object({
  command: z.string(),
  text: z.string().default(""),
  team_id: z.string().min(1),
  channel_id: z.string().min(1),
  user_id: z.string().min(1),
  trigger_id: z.string().optional(),
});

export interface CommandListenerDeps {
  /** The handler given to `start`; undefined before (answers "starting up"). */
  handler: () => CommandHandler | undefined;
  adminRights: AdminRights;
  /** Wait this long for the handler before acknowledging empty and answering via response_url. */
  ackWithinMs: number;
  /** Slash commands already answered, by trigger_id (a redelivered envelope is not run again). */
  recent: RecentIds;
  logger: Logger;
}

/**
 * The bolt listener for `/latest` and `/newsbrief`. Slack wants an acknowledgement within 3 s, so
 * the handler gets `ackWithinMs`: when it answers in time, the answer is the acknowledgement;
 * otherwise the command is acknowledged empty at once and the answer follows through
 * `respond()` (the response_url). Long answers continue through `respond()`. Never throws.
 */
export function createCommandListener(deps: CommandListenerDeps) {
  return async ({ command, ack, respond }: SlackCommandMiddlewareArgs): Promise<void> => {
    const send = async (messages: SlackReplyMessage[]) => {
      for (const message of messages) {
        await respond(message).catch((error: unknown) =>
          deps.logger.warn("slack response_url refused the answer", { error }),
        );
      }
    };
    let acked = false;
    const acknowledge = async (messages: SlackReplyMessage[]) => {
      acked = true;
      const [first, ...rest] = messages;
      await ack(first);
      await send(rest);
    };
    try {
      const request = toRequest(command, deps);
      if (request === "repeat") return await ack();
      if (!("command" in request)) return await acknowledge(renderSlackReply(request));
      const handler = deps.handler();
      if (handler === undefined) return await acknowledge(renderSlackReply(commandReplies.startingUp()));
      const work = answer(handler, request, deps.logger);
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<"late">((resolve) => {
        timer = setTimeout(() => resolve("late"), deps.ackWithinMs);
      });
      const first = await Promise.race([work, late]);
      clearTimeout(timer);
      if (first !== "late") return await acknowledge(renderSlackReply(first));
      acked = true;
      await ack();
      await send(renderSlackReply(await work));
    } catch (error) {
      const ref = randomUUID().slice(0, 8);
      deps.logger.error("slack command failed", { ref, error });
      const messages = renderSlackReply(commandReplies.failed(ref));
      await (acked ? send(messages) : ack(messages[0])).catch(() => undefined);
    }
  };
}

/** The handler's answer, with the parser's note on top; a throwing handler still gets a reply. */
async function answer(
  handler: CommandHandler,
  request: CommandRequest & { note?: string },
  logger: Logger,
): Promise<Reply> {
  const { note, ...plain } = request;
  try {
    const reply = await handler.handle(plain);
    return note === undefined ? reply : commandReplies.withNote(reply, note);
  } catch (error) {
    const ref = randomUUID().slice(0, 8);
    logger.error("command handler threw", { ref, command: request.command, error });
    return commandReplies.failed(ref);
  }
}

/** The platform-neutral request, a reply when the text has the wrong shape, or "repeat". */
function toRequest(
  raw: unknown,
  deps: CommandListenerDeps,
): (CommandRequest & { note?: string }) | Reply | "repeat" {
  const parsed = slashCommand.safeParse(raw);
  if (!parsed.success) return commandReplies.invalid("That command arrived incomplete.", []);
  const command = parsed.data;
  if (command.trigger_id !== undefined && !deps.recent.firstTime(command.trigger_id)) return "repeat";
  const shape = parseSlackCommand(command.command, command.text);
  if (shape.kind === "invalid") return commandReplies.invalid(shape.problem, shape.usage);
  return {
    command: shape.command,
    ...(shape.subcommand === undefined ? {} : { subcommand: shape.subcommand }),
    options: shape.options,
    ...(shape.note === undefined ? {} : { note: shape.note }),
    context: {
      platform: "slack",
      workspaceId: command.team_id,
      channelId: command.channel_id,
      userId: command.user_id,
      isAdmin: () => deps.adminRights.isAdmin(command.user_id),
      adminDescription: deps.adminRights.description,
    },
  };
}
