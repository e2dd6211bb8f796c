import type { Choice, CommandRequest, CompletionRequest } from "./command-request.js";
import type { Reply } from "./reply.js";

/**
 * What an adapter calls for every slash command. Implemented once, platform-neutrally (see
 * `createCommandHandler`); never throws: bad input, refused rights and unexpected errors all come
 * back as a Reply ("something went wrong (ref 7f3a…)" with the ref in the log).
 */
export interface CommandHandler {
  /** Answer one command. */
  handle(request: CommandRequest): Promise<Reply>;
  /** Suggestions for the option being typed (at most 25); [] when there are none. */
  complete(request: CompletionRequest): Promise<Choice[]>;
}
