import { type ChildProcess, spawn } from "node:child_process";
import { builtCliPath, ensureBuilt } from "../built-cli.js";
import { repoRoot } from "../run-cli.js";

/** One `newsbrief run` process of a deployment under test. */
export interface Replica {
  name: string;
  child: ChildProcess;
  /** Everything it wrote to stderr (JSON log lines). */
  stderr(): string;
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** Resolves once its log says it is running. */
  running: Promise<void>;
}

/**
 * Start the built CLI's `run` with a config file and environment, as an operator would start one
 * replica. Output is kept in memory; stdout (console briefings) is drained.
 */
export function startReplica(options: {
  name: string;
  configFile: string;
  env: Record<string, string>;
}): Replica {
  ensureBuilt();
  const child = spawn(process.execPath, [builtCliPath, "run", "--config", options.configFile], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  let onRunning: (() => void) | undefined;
  const running = new Promise<void>((resolve, reject) => {
    onRunning = resolve;
    child.on("exit", (code) =>
      reject(new Error(`${options.name} exited with ${code} before running:\n${stderr}`)),
    );
  });
  running.catch(() => undefined);
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
    if (stderr.includes('"msg":"newsbrief running"')) onRunning?.();
  });
  child.stdout?.resume();
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { name: options.name, child, stderr: () => stderr, exited, running };
}
