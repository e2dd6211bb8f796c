import { ConfigError } from "../config/load-config.js";
import { redactSecrets } from "../redact-secrets.js";
import type { CliIo } from "./cli-io.js";

/**
 * The one place a command's error meets the user, for every command alike: on stderr, one line
 * (or the list of configuration problems), never a stack trace or a credential; returns the exit
 * code, 1. A ConfigError reads `newsbrief: configuration error in FILE:` followed by each key at fault.
 */
export function reportCliError(error: unknown, io: CliIo, command: string): number {
  if (error instanceof ConfigError) {
    io.stderr.write(`newsbrief: configuration error in ${redactSecrets(error.message)}\n`);
    return 1;
  }
  const coded = error as { code?: unknown; message?: unknown } | null;
  const code = typeof coded?.code === "string" ? `${coded.code}: ` : "";
  const message = typeof coded?.message === "string" ? coded.message : String(error);
  io.stderr.write(`newsbrief ${command}: ${code}${redactSecrets(message.trimEnd())}\n`);
  return 1;
}
