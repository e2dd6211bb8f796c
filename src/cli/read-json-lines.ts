import { createInterface } from "node:readline";
import { z } from "zod";

/** One non-blank input line: the value it held, or why it could not be read. */
export type JsonLine<T> = { lineNumber: number; value: T } | { lineNumber: number; error: string };

/**
 * Reads JSON Lines from a stream, one value per non-blank line, each checked against `schema`.
 * A line that is not JSON, or not of the expected shape, comes back as an error (to be reported
 * with its line number) rather than ending the stream: the commands that read it carry on.
 * `shape` describes the expected value for that message (`{"id": string, "text": string}`).
 */
export async function* readJsonLines<T>(
  input: NodeJS.ReadableStream,
  schema: z.ZodType<T>,
  shape: string,
): AsyncGenerator<JsonLine<T>> {
  let lineNumber = 0;
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === "") continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      yield { lineNumber, error: `not valid JSON (${(error as Error).message})` };
      continue;
    }
    const parsed = schema.safeParse(raw);
    if (parsed.success) yield { lineNumber, value: parsed.data };
    else
      yield { lineNumber, error: `expected ${shape}: ${z.prettifyError(parsed.error).replace(/\n/g, " ")}` };
  }
}
