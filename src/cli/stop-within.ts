/** How a bounded stop ended. */
export type StopOutcome =
  | { kind: "stopped" }
  | { kind: "timed_out" }
  | { kind: "interrupted" }
  | { kind: "failed"; error: unknown };

/**
 * Run `stop`, but give up when `timeoutMs` pass or `interrupt` settles first (a second signal:
 * the operator will not wait). Never throws: a failing stop is an outcome like the others.
 */
export async function stopWithin(
  stop: () => Promise<void>,
  options: { timeoutMs: number; interrupt: Promise<unknown> },
): Promise<StopOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<StopOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: "timed_out" }), options.timeoutMs);
  });
  try {
    return await Promise.race<StopOutcome>([
      stop().then(
        () => ({ kind: "stopped" }),
        (error: unknown) => ({ kind: "failed", error }),
      ),
      timedOut,
      options.interrupt.then(() => ({ kind: "interrupted" })),
    ]);
  } finally {
    // Why: a pending timer would keep a cleanly stopped process alive until it fired.
    clearTimeout(timer);
  }
}
