import { readFileSync } from "node:fs";

/** A process's resident memory now, in MB (Linux /proc); 0 once it is gone. */
export function residentMemoryMb(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/);
    return Math.round(Number(line?.[1] ?? 0) / 102.4) / 10;
  } catch {
    return 0;
  }
}
