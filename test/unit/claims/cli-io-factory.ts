import { PassThrough, Readable } from "node:stream";
import type { CliIo } from "../../../src/cli/cli-io.js";

/** A CliIo over in-memory streams; `out()` and `err()` return what the command wrote. */
export function makeIo(stdinText: string): { io: CliIo; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const outChunks: Buffer[] = [];
  const errChunks: Buffer[] = [];
  stdout.on("data", (chunk: Buffer) => outChunks.push(chunk));
  stderr.on("data", (chunk: Buffer) => errChunks.push(chunk));
  return {
    io: { stdin: Readable.from([stdinText]), stdout, stderr, isTTY: false, env: {} },
    out: () => Buffer.concat(outChunks).toString("utf8"),
    err: () => Buffer.concat(errChunks).toString("utf8"),
  };
}
