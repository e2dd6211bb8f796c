/**
 * When whoever reads our output goes away (`newsbrief extract … | head`), the next write fails
 * with EPIPE. That is the reader saying "enough", not a failure: end the process at once, exit 0,
 * without a stack trace, as `yes | head` ends `yes`. Any other output error is reported in one line.
 */
export function endQuietlyOnClosedOutput(streams: {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}): void {
  const onError = (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    // stderr may be the broken stream itself, so this is best effort.
    streams.stderr.write(
      `newsbrief: cannot write output: ${error.code ?? ""} ${error.message}\n`,
      () => undefined,
    );
    process.exit(1);
  };
  streams.stdout.on("error", onError);
  streams.stderr.on("error", onError);
}
