import type { CommandRequest } from "../command-request.js";
import type { Reply } from "../reply.js";
import type { ParsedOptions } from "./parse-options.js";

/** A command as `handleCommand` hands it over: subcommand known, rights checked, options valid. */
export interface CommandInput {
  request: CommandRequest;
  /** Option values validated against the command's spec. */
  options: ParsedOptions;
}

/** One command's handler. May throw: `handleCommand` turns surprises into a reply with a ref. */
export type CommandRun = (input: CommandInput) => Promise<Reply>;

/** A validated string option, or undefined. */
export function text(options: ParsedOptions, name: string): string | undefined {
  const value = options[name];
  return typeof value === "string" ? value : undefined;
}

/** A validated flag; absent means false. */
export function flag(options: ParsedOptions, name: string): boolean {
  return options[name] === true;
}
