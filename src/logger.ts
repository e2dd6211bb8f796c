/** Structured, single-line log output. Secrets never reach it: values under secret-looking keys are masked. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export type LogLevel = "debug" | "info" | "warn" | "error";

const levelRank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const secretKey = /token|secret|password|authorization|signature/i;
// Bot tokens, Slack tokens and credentials in URLs, wherever they appear in a message.
const secretValue =
  /(xox[abposr]-[\w-]+|xapp-[\w-]+|[MN][\w-]{23,25}\.[\w-]{6}\.[\w-]{27,38}|\/\/[^/\s:@]+:[^/\s@]+@)/g;

export function createLogger(options: { level?: LogLevel; stream?: NodeJS.WritableStream } = {}): Logger {
  const threshold = levelRank[options.level ?? "info"];
  const stream = options.stream ?? process.stderr;
  const write = (level: LogLevel, message: string, fields?: Record<string, unknown>) => {
    if (levelRank[level] < threshold) return;
    const parts = [new Date().toISOString(), level.toUpperCase().padEnd(5), redactSecrets(message)];
    for (const [key, value] of Object.entries(fields ?? {})) {
      parts.push(`${key}=${secretKey.test(key) ? "[redacted]" : formatValue(value)}`);
    }
    stream.write(`${parts.join(" ")}\n`);
  };
  return {
    debug: (message, fields) => write("debug", message, fields),
    info: (message, fields) => write("info", message, fields),
    warn: (message, fields) => write("warn", message, fields),
    error: (message, fields) => write("error", message, fields),
  };
}

/** A logger that drops everything (for tests and quiet commands). */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };

function formatValue(value: unknown): string {
  const text =
    value instanceof Error ? value.message : typeof value === "string" ? value : JSON.stringify(value);
  const safe = redactSecrets(text ?? "undefined");
  return /[\s"=]/.test(safe) ? JSON.stringify(safe) : safe;
}

/**
 * Mask bot tokens, Slack tokens and credentials in URLs (`https://user:secret@host` →
 * `https://[redacted]@host`) wherever they appear in the text. The one redaction: log lines and
 * CLI output both go through it.
 */
export function redactSecrets(text: string): string {
  return text.replace(secretValue, (match) => (match.startsWith("//") ? "//[redacted]@" : "[redacted]"));
}
