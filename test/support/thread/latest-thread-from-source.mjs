// The /latest thread run from its TypeScript source, for tests: Node 20 does not pass a parent's
// loader (`--import tsx`) on to worker threads, so the thread registers tsx itself first.
import { register } from "tsx/esm/api";

register();
await import(new URL("../../../src/commands/thread/latest-thread.ts", import.meta.url).href);
