import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "../../logger.js";

/**
 * Our logger in the shape bolt, the WebClient and Socket Mode expect. Their debug output (request
 * bodies, envelopes with response URLs) is dropped, and their info lines go to our debug level:
 * what they report as a problem arrives as warn or error. Our logger masks tokens in any case.
 */
export function boltLogger(logger: Logger): BoltLogger {
  const join = (parts: unknown[]) =>
    parts.map((part) => (part instanceof Error ? part.message : String(part))).join(" ");
  return {
    debug: () => undefined,
    info: (...parts: unknown[]) => logger.debug(`slack: ${join(parts)}`),
    warn: (...parts: unknown[]) => logger.warn(`slack: ${join(parts)}`),
    error: (...parts: unknown[]) => logger.error(`slack: ${join(parts)}`),
    // Our own level decides; bolt's setLevel calls change nothing, and INFO keeps bolt from
    // building debug strings at all.
    setLevel: () => undefined,
    getLevel: () => LogLevel.INFO,
    setName: () => undefined,
  };
}
