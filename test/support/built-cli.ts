import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { repoRoot } from "./run-cli.js";

/** The compiled CLI, as the package's `bin` and the Docker image run it. */
export const builtCliPath = path.join(repoRoot, "dist", "src", "cli.js");

const stamp = path.join(repoRoot, "dist", ".tests-built-at");
const lock = path.join(repoRoot, "dist", ".tests-build-lock");
const lockWaitMs = 60_000;

/**
 * Make sure dist/ is compiled from the sources as they are now, so tests of the built CLI never run
 * stale code. Builds (about two seconds) only when a source is newer than the last build made here;
 * a directory lock keeps test files running in parallel from building over each other.
 */
export function ensureBuilt(): void {
  if (!isStale()) return;
  mkdirSync(path.dirname(lock), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - started > lockWaitMs) throw new Error(`${lock} held for a minute: remove it`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
    }
  }
  try {
    // Another test file may have built while this one waited.
    if (!isStale()) return;
    const tsc = path.join(repoRoot, "node_modules", "typescript", "bin", "tsc");
    execFileSync(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: repoRoot, stdio: "pipe" });
    writeFileSync(stamp, new Date().toISOString());
  } finally {
    rmdirSync(lock);
  }
}

function isStale(): boolean {
  if (!existsSync(stamp) || !existsSync(builtCliPath)) return true;
  const builtAt = statSync(stamp).mtimeMs;
  const sources = [
    path.join(repoRoot, "tsconfig.json"),
    ...sourceFiles(path.join(repoRoot, "src")),
    ...sourceFiles(path.join(repoRoot, "bench")),
  ];
  return sources.some((file) => statSync(file).mtimeMs > builtAt);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}
