import type { AdminChange } from "../admin-change.js";
import type { CommandDeps } from "../command-deps.js";
import type { CommandContext } from "../command-request.js";
import { actorOf } from "./channel-address.js";

/** Keep the record of an admin's change: who (platform and user), when, what, and the new value. */
export async function recordChange(
  deps: Pick<CommandDeps, "store" | "now">,
  context: CommandContext,
  change: Pick<AdminChange, "action" | "target" | "detail">,
): Promise<void> {
  await deps.store.recordAdminChange({
    workspaceId: context.workspaceId,
    actor: actorOf(context),
    at: deps.now().toISOString(),
    ...change,
  });
}
