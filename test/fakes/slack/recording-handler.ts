import type { CommandHandler } from "../../../src/commands/command-handler.js";
import type { CommandRequest } from "../../../src/commands/command-request.js";
import type { Reply } from "../../../src/commands/reply.js";

/** A CommandHandler that records what it was asked and answers `reply(request)`. */
export interface RecordingHandler extends CommandHandler {
  requests: CommandRequest[];
  /** Admin answers the handler got from `context.isAdmin()`, one per request it asked for. */
  adminAnswers: boolean[];
  /** While held, answers wait until `release()` (a slow handler, without timing anything). */
  hold(): void;
  release(): void;
}

/** The reply the recording handler gives by default: names the command and its options. */
export function echoReply(request: CommandRequest): Reply {
  return {
    ephemeral: request.options.public !== true,
    title: `${request.command} answered`,
    sections: [{ lines: [[JSON.stringify(request.options)]] }],
    tone: "info",
  };
}

export function createRecordingHandler(
  options: { reply?: (request: CommandRequest) => Reply; askAdmin?: boolean } = {},
): RecordingHandler {
  let gate: Promise<void> | undefined;
  let open: (() => void) | undefined;
  const handler: RecordingHandler = {
    requests: [],
    adminAnswers: [],
    async handle(request) {
      handler.requests.push(request);
      if (options.askAdmin === true) handler.adminAnswers.push(await request.context.isAdmin());
      await gate;
      return (options.reply ?? echoReply)(request);
    },
    complete: async () => [],
    hold() {
      gate = new Promise((resolve) => {
        open = resolve;
      });
    },
    release() {
      open?.();
      gate = undefined;
    },
  };
  return handler;
}
