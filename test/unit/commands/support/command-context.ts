import type { CommandContext, CommandRequest } from "../../../../src/commands/command-request.js";
import type { CommandName } from "../../../../src/commands/command-specs.js";

/** A context whose admin answer the test decides; counts how often it was asked. */
export interface TestContext extends CommandContext {
  /** How many times `isAdmin()` was called. */
  adminChecks: number;
}

export function makeContext(overrides: Partial<CommandContext> & { admin?: boolean } = {}): TestContext {
  const { admin = false, ...rest } = overrides;
  const context: TestContext = {
    platform: "slack",
    workspaceId: "T0WORK",
    channelId: "C0CHAN",
    userId: "U0USER",
    adminDescription: "workspace admins and owners",
    adminChecks: 0,
    isAdmin: async () => {
      context.adminChecks += 1;
      return admin;
    },
    ...rest,
  };
  return context;
}

/** A request in the platform-neutral shape. */
export function makeRequest(
  command: CommandName,
  options: CommandRequest["options"] = {},
  extra: { subcommand?: string; context?: CommandContext } = {},
): CommandRequest {
  return {
    command,
    options,
    context: extra.context ?? makeContext(),
    ...(extra.subcommand === undefined ? {} : { subcommand: extra.subcommand }),
  };
}
