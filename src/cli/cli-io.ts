/** What a CLI command may touch of the outside world; tests pass their own streams. */
export interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** True when stdout is an interactive terminal (progress bars), false for pipes and logs. */
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

/** A `newsbrief <command>`: takes the arguments after the command name, returns the exit code. */
export type CliCommand = (argv: string[], io: CliIo) => Promise<number>;
