/** One JSON log line as the bot writes it (pino): level, time, msg and the event's fields. */
export interface LogEvent {
  level: string;
  time: string;
  msg: string;
  [field: string]: unknown;
}

/**
 * The JSON log events in a process's stderr, in order. A line that is not JSON fails the test:
 * with LOG_FORMAT unset the bot writes only JSON lines.
 */
export function logEvents(stderr: string): LogEvent[] {
  return stderr
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      try {
        return JSON.parse(line) as LogEvent;
      } catch {
        throw new Error(`not a JSON log line: ${line}`);
      }
    });
}

/** The first event with this message (and these fields), or undefined. */
export function findEvent(
  stderr: string,
  msg: string,
  fields: Record<string, unknown> = {},
): LogEvent | undefined {
  return logEvents(stderr).find(
    (event) => event.msg === msg && Object.entries(fields).every(([key, value]) => event[key] === value),
  );
}
