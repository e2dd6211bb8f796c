import { randomBytes } from "node:crypto";
import type { Logger } from "../logger.js";
import type { CommandRequest } from "./command-request.js";
import { type CommandName, type CommandSpec, commandSpecs } from "./command-specs.js";
import type { Reply } from "./reply.js";
import type { CommandRun } from "./shared/command-run.js";
import { parseOptions } from "./shared/parse-options.js";
import { errorReply } from "./shared/replies.js";
import { usage } from "./shared/usage.js";

/** What admins may do, as a refusal names it. */
const adminActions: Record<string, string> = {
  "topic add": "add or change topics",
  "topic remove": "remove topics",
  "feed add": "add feeds",
  "feed remove": "remove feeds",
  subscribe: "subscribe channels to briefings",
  unsubscribe: "unsubscribe channels from briefings",
};

/**
 * Answer one request, in this order: the command and subcommand exist; an admin-only command is
 * refused unless `context.isAdmin()` says yes (asked only here, so Slack's users.info is called
 * only when it matters); the options are valid for the spec; then the command runs. Never throws:
 * an unexpected error answers "Something went wrong (ref …)" and logs the same ref.
 */
export async function handleCommand(
  request: CommandRequest,
  runs: Readonly<Record<CommandName, CommandRun>>,
  logger: Logger,
): Promise<Reply> {
  try {
    const spec = commandSpecs.find((candidate) => candidate.name === request.command);
    const run = runs[request.command];
    if (spec === undefined || run === undefined) {
      return errorReply(`Unknown command “${String(request.command)}”.`, [
        "See /newsbrief help for the commands.",
      ]);
    }
    const sub = spec.subcommands?.find((candidate) => candidate.name === request.subcommand);
    if (spec.subcommands !== undefined && sub === undefined) {
      const problem = request.subcommand
        ? `Unknown subcommand “${request.subcommand}”.`
        : "A subcommand is missing.";
      return errorReply(problem, [`Expected ${usage(spec, undefined, request.context.platform)}.`]);
    }
    if (adminOnly(spec, request.subcommand) && !(await request.context.isAdmin())) {
      const action = adminActions[[spec.name, sub?.name].filter(Boolean).join(" ")] ?? "do this";
      return errorReply(`Only ${request.context.adminDescription} can ${action}.`);
    }
    const options = parseOptions(sub?.options ?? spec.options, request.options);
    if (!options.ok) {
      return errorReply(options.problem, [`Expected ${usage(spec, sub?.name, request.context.platform)}.`]);
    }
    return await run({ request, options: options.values });
  } catch (error) {
    return unexpected(error, request, logger);
  }
}

function adminOnly(spec: CommandSpec, subcommand: string | undefined): boolean {
  return typeof spec.adminOnly === "function" ? spec.adminOnly(subcommand) : spec.adminOnly;
}

/** The one answer to a surprise: a short ref the user can quote, the same ref in the log. */
function unexpected(error: unknown, request: CommandRequest, logger: Logger): Reply {
  const ref = randomBytes(4).toString("hex");
  try {
    logger.error("command failed", {
      ref,
      command: request.command,
      subcommand: request.subcommand,
      platform: request.context?.platform,
      workspace: request.context?.workspaceId,
      error,
      stack: error instanceof Error ? error.stack : undefined,
    });
  } catch {
    // A broken logger must not turn an answer into a throw; the ref is still shown.
  }
  return errorReply(`Something went wrong (ref ${ref}).`, ["It has been logged; please try again later."]);
}
