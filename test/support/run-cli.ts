import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

export const repoRoot = path.resolve(import.meta.dirname, "../..");

/** Start the real program (`newsbrief …` from source, via tsx) as a child process. */
export function spawnCli(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): ChildProcess & { output: () => { stdout: string; stderr: string } } {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(repoRoot, "src/cli.ts"), ...args], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return Object.assign(child, { output: () => ({ stdout, stderr }) });
}

/** Wait until the child's combined output matches, or fail after `timeoutMs`. */
export async function waitForOutput(
  child: ReturnType<typeof spawnCli>,
  pattern: RegExp,
  timeoutMs = 20_000,
): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const { stdout, stderr } = child.output();
    if (pattern.test(stdout + stderr)) return;
    if (child.exitCode !== null)
      throw new Error(`exited with ${child.exitCode} before ${pattern}:\n${stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${pattern}; output so far:\n${child.output().stderr}`);
}

/** Run the program to completion and collect what it printed. */
export async function runCli(args: string[], options: { env?: NodeJS.ProcessEnv; stdin?: string } = {}) {
  const child = spawnCli(args, options.env);
  child.stdin?.end(options.stdin ?? "");
  const code = await new Promise<number>((resolve) =>
    child.on("close", (exitCode) => resolve(exitCode ?? 1)),
  );
  return { code, ...child.output() };
}
