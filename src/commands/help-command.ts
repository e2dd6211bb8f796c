import type { CommandContext } from "./command-request.js";
import { commandSpecs } from "./command-specs.js";
import type { Reply, ReplyLine } from "./reply.js";
import { infoReply } from "./shared/replies.js";
import { usage } from "./shared/usage.js";

/**
 * `help` (Slack's `/newsbrief help`, also for an empty or unknown subcommand): every command as
 * it is typed on this platform, what it does, and which ones only admins may run. `unknown` is
 * the subcommand Slack could not map, named in the title.
 */
export function helpCommand(
  context: Pick<CommandContext, "platform" | "adminDescription">,
  unknown?: string,
): Reply {
  const lines: ReplyLine[] = [];
  for (const spec of commandSpecs) {
    if (spec.name === "help") continue;
    const entries = spec.subcommands?.map((sub) => ({ sub: sub.name, description: sub.description })) ?? [
      { sub: undefined, description: spec.description },
    ];
    for (const entry of entries) {
      lines.push([{ text: usage(spec, entry.sub, context.platform), code: true }, ` — ${entry.description}`]);
    }
  }
  const title = unknown
    ? `Unknown command “${unknown}”. These are the commands:`
    : "newsbrief: who claims what, on the topics this workspace follows";
  return infoReply(title, [
    { lines },
    { lines: [[`Marked “(admins)”: only ${context.adminDescription} may run them.`]] },
  ]);
}
