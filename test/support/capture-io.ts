import { PassThrough } from "node:stream";
import type { CliIo } from "../../src/cli/cli-io.js";

/** A CliIo whose output is collected as strings, for running commands in-process. */
export function captureIo(options: { stdin?: string; env?: NodeJS.ProcessEnv } = {}) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = new PassThrough();
  stdin.end(options.stdin ?? "");
  let out = "";
  let err = "";
  stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
  });
  stderr.on("data", (chunk: Buffer) => {
    err += chunk.toString();
  });
  const io: CliIo = { stdin, stdout, stderr, isTTY: false, env: options.env ?? {} };
  return { io, stdout: () => out, stderr: () => err };
}
