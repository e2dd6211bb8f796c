import type { CommandDeps } from "../command-deps.js";

/**
 * Tell the scheduler that subscriptions changed. The change is already stored, so a failing
 * callback is logged and not shown: the scheduler also picks it up on its next reload or restart.
 */
export async function notifySubscriptionsChanged(
  deps: Pick<CommandDeps, "subscriptionsChanged" | "logger">,
): Promise<void> {
  try {
    await deps.subscriptionsChanged();
  } catch (error) {
    deps.logger.warn("the scheduler was not told about a subscription change", { error });
  }
}
