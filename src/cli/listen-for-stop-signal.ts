/** The signals that ask `run` to stop: SIGTERM from `docker stop`, systemd or Kubernetes, SIGINT from Ctrl-C. */
export type StopSignal = "SIGTERM" | "SIGINT";

const stopSignals: readonly StopSignal[] = ["SIGTERM", "SIGINT"];

/** A subscription to the stop signals, started when it is made. */
export interface StopSignalListener {
  /** Resolves with the first stop signal received after the listener was made. */
  received: Promise<StopSignal>;
  /** Stop listening (the signals fall back to Node's default: end the process). */
  dispose(): void;
}

/**
 * Listen for SIGTERM and SIGINT from now on. While anyone listens, Node no longer ends the process
 * on these signals, so a signal that arrives during startup still leads to a clean stop.
 */
export function listenForStopSignal(): StopSignalListener {
  let onSignal: ((signal: StopSignal) => void) | undefined;
  const received = new Promise<StopSignal>((resolve) => {
    onSignal = (signal) => {
      dispose();
      resolve(signal);
    };
  });
  const handler = (signal: NodeJS.Signals) => onSignal?.(signal as StopSignal);
  const dispose = () => {
    for (const signal of stopSignals) process.off(signal, handler);
  };
  for (const signal of stopSignals) process.on(signal, handler);
  return { received, dispose };
}
