import type { Logger } from "../logger.js";

export interface DeliveryLoop {
  /** Send now rather than at the next tick (a briefing was just queued). */
  wake(): void;
  /** Stop after the round in progress; resolves when it has finished. */
  stop(): Promise<void>;
}

/**
 * Run delivery rounds back to back: a round that handled briefings is followed at once by the
 * next (more may be due), an idle one by a pause of `idleMs` or until `wake()`. Rounds never
 * overlap, and a failing round (the store unreachable) is logged and retried after the pause.
 */
export function startDeliveryLoop(deps: {
  deliver: () => Promise<number>;
  logger: Logger;
  idleMs?: number;
}): DeliveryLoop {
  const idleMs = deps.idleMs ?? 1_000;
  let stopped = false;
  let woken = false;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;
  const loop = (async () => {
    while (!stopped) {
      let handled = 0;
      try {
        woken = false;
        handled = await deps.deliver();
      } catch (error) {
        deps.logger.error("delivery round failed", { error });
      }
      if (stopped) break;
      if (handled > 0 || woken) continue;
      await new Promise<void>((resolve) => {
        wake = resolve;
        timer = setTimeout(resolve, idleMs);
      });
    }
  })();
  return {
    wake() {
      woken = true;
      clearTimeout(timer);
      wake?.();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      wake?.();
      await loop;
    },
  };
}
