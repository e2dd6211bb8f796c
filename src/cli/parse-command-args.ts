import { type ParseArgsConfig, parseArgs } from "node:util";
import type { CliIo } from "./cli-io.js";

type Options = NonNullable<ParseArgsConfig["options"]>;
type Parsed<O extends Options> = ReturnType<
  typeof parseArgs<{
    args: string[];
    options: O & { help: { type: "boolean"; short: "h" } };
    strict: true;
    allowPositionals: true;
  }>
>;

/** How a command's arguments are read, and what it says when they are wrong. */
export interface CommandArgs<O extends Options> {
  /** The command's name, for messages ("extract: …"). */
  name: string;
  /** Its help text: printed for `--help`, and after a usage error. */
  help: string;
  /** Its options; `--help`/`-h` is added. */
  options: O;
  /** True when it takes positional arguments (a file); otherwise one is a usage error. */
  positionals?: boolean;
}

/**
 * Read a command's arguments strictly. `--help` prints the help and gives exit code 0; an
 * unknown option or a missing value prints the reason and the help on stderr and gives 2.
 * Otherwise the values and positionals, for the command to check further with `usage`.
 */
export function parseCommandArgs<O extends Options>(
  spec: CommandArgs<O>,
  argv: string[],
  io: CliIo,
): Parsed<O> | number {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...spec.options, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: true,
    }) as Parsed<O>;
  } catch (error) {
    return usageError(spec, io, (error as Error).message);
  }
  if ((parsed.values as { help?: boolean }).help === true) {
    io.stdout.write(`${spec.help}\n`);
    return 0;
  }
  const [stray] = parsed.positionals;
  if (spec.positionals !== true && stray !== undefined)
    return usageError(spec, io, `unexpected argument ${stray}`);
  return parsed;
}

/** A usage error: the reason and the help on stderr, exit code 2. */
export function usageError(
  spec: Pick<CommandArgs<Options>, "name" | "help">,
  io: CliIo,
  message: string,
): number {
  io.stderr.write(`${spec.name}: ${message}\n${spec.help}\n`);
  return 2;
}
