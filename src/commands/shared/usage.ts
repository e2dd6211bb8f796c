import type { CommandSpec, OptionSpec } from "../command-specs.js";

/**
 * How to type a command on a platform: `/topic add name query [title]` on Discord,
 * `/newsbrief topic add name query [title]` on Slack (only /latest is its own Slack command).
 */
export function usage(spec: CommandSpec, subcommand: string | undefined, platform: string): string {
  const prefix = platform === "slack" && spec.name !== "latest" ? "/newsbrief " : "/";
  const sub = spec.subcommands?.find((candidate) => candidate.name === subcommand);
  const options: OptionSpec[] = sub?.options ?? spec.options;
  const words = [
    `${prefix}${spec.name}`,
    ...(sub ? [sub.name] : spec.subcommands ? [spec.subcommands.map((s) => s.name).join("|")] : []),
    ...options.map((option) => (option.required ? option.name : `[${option.name}]`)),
  ];
  return words.join(" ");
}
