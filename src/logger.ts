import { pino } from "pino";
import { redactSecrets } from "./redact-secrets.js";

/**
 * Structured log output: one line per event, a message and fields (feed, subscription, briefing
 * ids…). Secrets never reach it: values under secret-looking keys are masked, and tokens, webhook
 * URLs and credentials are masked wherever they appear.
 */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export type LogLevel = "debug" | "info" | "warn" | "error";
/** "json": pino's JSON lines (for log collectors); "text": `TIME LEVEL message key=value` for people. */
export type LogFormat = "json" | "text";

const secretKey = /token|secret|password|authorization|signature|webhook_?url/i;

/**
 * A logger on pino writing to `stream` (stderr by default). `secrets` are literal values this
 * process holds (tokens, signing secrets, webhook URLs) that must never be written, whatever field
 * or message they turn up in.
 */
export function createLogger(
  options: {
    level?: LogLevel;
    stream?: NodeJS.WritableStream;
    format?: LogFormat;
    secrets?: readonly string[];
  } = {},
): Logger {
  const stream = options.stream ?? process.stderr;
  const secrets = (options.secrets ?? []).filter((secret) => secret.length >= 6);
  const clean = (value: unknown): unknown => cleanValue(value, secrets);
  const format = options.format ?? "json";
  const destination =
    format === "json"
      ? { write: (line: string) => void stream.write(line) }
      : { write: (line: string) => void stream.write(toText(line)) };
  const log = pino(
    {
      level: options.level ?? "info",
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      messageKey: "msg",
    },
    destination,
  );
  const write = (level: LogLevel, message: string, fields?: Record<string, unknown>) => {
    if (!log.isLevelEnabled(level)) return;
    const safe: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(fields ?? {}))
      safe[key] = secretKey.test(key) ? "[redacted]" : clean(value);
    log[level](safe, redactSecrets(message, secrets));
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

/** Errors become their message (and code); strings are redacted; objects are cleaned through. */
function cleanValue(value: unknown, secrets: readonly string[]): unknown {
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    const message = redactSecrets(value.message, secrets);
    return typeof code === "string" ? `${code}: ${message}` : message;
  }
  if (typeof value === "string") return redactSecrets(value, secrets);
  if (value === null || typeof value !== "object") return value;
  try {
    const text = JSON.stringify(value);
    return text === undefined ? value : (JSON.parse(redactSecrets(text, secrets)) as unknown);
  } catch {
    // Circular, or a redaction inside an escape: never risk writing the raw value.
    return "[unloggable value]";
  }
}

/** One pino JSON line as `TIME LEVEL message key=value …`. */
function toText(line: string): string {
  const { time, level, msg, ...fields } = JSON.parse(line) as Record<string, unknown>;
  const parts = [String(time), String(level).toUpperCase().padEnd(5), String(msg)];
  for (const [key, value] of Object.entries(fields)) {
    const text = typeof value === "string" ? value : JSON.stringify(value);
    parts.push(`${key}=${/[\s"=]/.test(text ?? "") ? JSON.stringify(text) : text}`);
  }
  return `${parts.join(" ")}\n`;
}
