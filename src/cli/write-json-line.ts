/**
 * Writes one value as a JSON line, waiting when the stream asks to: a slow reader never makes a
 * command buffer its whole output.
 */
export async function writeJsonLine(output: NodeJS.WritableStream, value: unknown): Promise<void> {
  if (!output.write(`${JSON.stringify(value)}\n`))
    await new Promise((resolve) => output.once("drain", resolve));
}
