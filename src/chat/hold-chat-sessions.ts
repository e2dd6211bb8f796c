import type { Logger } from "../logger.js";
import type { LeaseStore } from "../store/lease-queries.js";
import type { ChatSession } from "./chat-adapter.js";

export interface HeldSessions {
  /** True while this replica holds the lease and its sessions are open. */
  holding(): boolean;
  /** Close the sessions, give the lease up at once, stop renewing. */
  stop(): Promise<void>;
}

const leaseName = "chat-sessions";

/**
 * Keep the platforms' one-per-bot connections (Discord gateway, Slack Socket Mode) on exactly one
 * replica: whoever holds the "chat-sessions" lease in the database opens them and renews the lease
 * every `renewEveryMs`; the others wait. When the holder dies its lease runs out after `ttlMs` and
 * another replica opens the sessions, so commands keep working within seconds. A holder that loses
 * the lease (it stalled past the TTL) closes its sessions, so two never answer the same command.
 */
export function holdChatSessions(deps: {
  store: LeaseStore;
  sessions: readonly { platform: string; session: ChatSession }[];
  owner: string;
  logger: Logger;
  ttlMs?: number;
  renewEveryMs?: number;
}): HeldSessions {
  const ttlMs = deps.ttlMs ?? 15_000;
  const renewEveryMs = deps.renewEveryMs ?? 5_000;
  let open = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const openAll = async () => {
    for (const { platform, session } of deps.sessions) {
      if (session.isOpen()) continue;
      try {
        await session.open();
        deps.logger.info("chat session open", { platform });
      } catch (error) {
        deps.logger.error("chat session could not open; retrying", { platform, error });
      }
    }
  };
  const closeAll = async () => {
    for (const { platform, session } of deps.sessions) {
      await session
        .close()
        .catch((error: unknown) => deps.logger.warn("chat session close failed", { platform, error }));
    }
  };
  const tick = async () => {
    if (stopped) return;
    const now = Date.now();
    let held = false;
    try {
      held = await deps.store.acquireLease(
        leaseName,
        deps.owner,
        new Date(now).toISOString(),
        new Date(now + ttlMs).toISOString(),
      );
    } catch (error) {
      // The store is away: our lease will run out too, so do not keep answering as if we held it.
      deps.logger.warn("chat session lease could not be renewed", { error });
    }
    if (held) {
      if (!open) deps.logger.info("holding the chat sessions", { owner: deps.owner });
      open = true;
      await openAll();
    } else if (open) {
      deps.logger.warn("chat sessions lost to another replica; closing ours");
      open = false;
      await closeAll();
    }
  };
  let current: Promise<void> = Promise.resolve();
  const loop = () => {
    current = tick().finally(() => {
      if (!stopped) timer = setTimeout(loop, renewEveryMs);
    });
  };
  loop();
  return {
    holding: () => open,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
      await closeAll();
      open = false;
      await deps.store.releaseLease(leaseName, deps.owner).catch(() => undefined);
    },
  };
}
