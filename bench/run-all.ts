import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

/**
 * Run every benchmark in this folder, one child process each (so one's memory and JIT state never
 * colour the next), and pass their JSON lines through. `npm run bench [-- name …]` picks some.
 */
const here = import.meta.dirname;
const wanted = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((file) => /\.(ts|js)$/.test(file) && !file.startsWith("run-all") && !file.endsWith(".d.ts"))
  .filter((file) => wanted.length === 0 || wanted.some((name) => file.startsWith(name)));
let failed = 0;
for (const file of benches) {
  const args = file.endsWith(".ts") ? ["--import", "tsx", path.join(here, file)] : [path.join(here, file)];
  const result = spawnSync(process.execPath, args, { stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) {
    failed += 1;
    process.stderr.write(`bench ${file} exited with ${result.status}\n`);
  }
}
process.exitCode = failed === 0 ? 0 : 1;
