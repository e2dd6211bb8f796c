#!/usr/bin/env node
import type { CliIo } from "./cli/cli-io.js";
import { endQuietlyOnClosedOutput } from "./cli/end-quietly-on-closed-output.js";
import { runCliCommand } from "./cli/run-cli-command.js";
import { processEnvironment } from "./config/process-environment.js";

const io: CliIo = {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  isTTY: Boolean(process.stdout.isTTY),
  env: processEnvironment(),
};

endQuietlyOnClosedOutput({ stdout: process.stdout, stderr: process.stderr });

runCliCommand(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
