import type { CommandHandler } from "../../../src/commands/command-handler.js";
import type { Choice, CommandRequest, CompletionRequest } from "../../../src/commands/command-request.js";
import type { Reply } from "../../../src/commands/reply.js";

/** What the test handler saw. */
export interface TestHandlerLog {
  requests: CommandRequest[];
  completions: CompletionRequest[];
  /** `isAdmin()` results, in the order asked. */
  adminAnswers: boolean[];
}

/**
 * A small CommandHandler standing in for the real ones: the adapter is under test, this is its
 * collaborator. /latest names Dmitry Peskov and his claim; /topic add checks admin rights like the
 * real handler; autocomplete offers speakers. `delayMs` makes every answer slow, `throws` makes
 * `handle` throw (which the real one never does).
 */
export function createTestCommandHandler(behaviour: { delayMs?: number; throws?: boolean } = {}) {
  const log: TestHandlerLog = { requests: [], completions: [], adminAnswers: [] };
  const handler: CommandHandler = {
    async handle(request) {
      log.requests.push(request);
      if (behaviour.delayMs !== undefined)
        await new Promise((resolve) => setTimeout(resolve, behaviour.delayMs));
      if (behaviour.throws === true) throw new Error("handler exploded");
      return answer(request, log);
    },
    async complete(request): Promise<Choice[]> {
      log.completions.push(request);
      return [
        { name: "Dmitry Peskov (Kremlin spokesman)", value: "dmitry-peskov" },
        { name: "Marco Rubio (US Secretary of State)", value: "marco-rubio" },
      ].filter((choice) => choice.value.includes(request.value.toLowerCase()));
    },
  };
  return { handler, log };
}

async function answer(request: CommandRequest, log: TestHandlerLog): Promise<Reply> {
  const ephemeral = request.options.public !== true;
  if (request.command === "topic" && request.subcommand === "add") {
    const admin = await request.context.isAdmin();
    log.adminAnswers.push(admin);
    if (!admin) {
      return {
        ephemeral: true,
        title: `Only ${request.context.adminDescription} can add topics.`,
        sections: [],
        tone: "error",
      };
    }
    return { ephemeral, title: `Topic ${String(request.options.name)} added`, sections: [], tone: "success" };
  }
  return {
    ephemeral,
    title: "Dmitry Peskov · Kremlin spokesman · Russia",
    sections: [
      {
        heading: "Latest claim",
        lines: [
          [{ text: "denies", bold: true }, " — “No such plan is being discussed with Washington.”"],
          ["TASS · ", { text: "source", url: "https://tass.example/peskov-plan" }],
        ],
      },
    ],
    tone: "info",
  };
}
