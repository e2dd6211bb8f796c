import { defaultWorkspace } from "../../pipeline/visible-topics.js";
import { plural } from "../../text/plural.js";
import type { CommandDeps } from "../command-deps.js";
import type { Reply } from "../reply.js";
import { type CommandInput, text } from "../shared/command-run.js";
import { recordChange } from "../shared/record-change.js";
import { errorReply, successReply } from "../shared/replies.js";

/**
 * `/topic remove name` (admins): remove one of the workspace's own topics. Default topics come
 * from the configuration and are not removed from chat (a restart would bring them back anyway);
 * removing an override makes the default topic of that name apply again.
 */
export async function removeTopic(input: CommandInput, deps: CommandDeps): Promise<Reply> {
  const { context } = input.request;
  const name = text(input.options, "name") ?? "";
  const isDefaultWorkspace = context.workspaceId === defaultWorkspace;
  const own = isDefaultWorkspace ? undefined : await deps.store.getTopic(context.workspaceId, name);
  const fallback = await deps.store.getTopic(defaultWorkspace, name);
  if (own === undefined) {
    if (fallback !== undefined) {
      return errorReply(
        `“${name}” is a default topic: it comes from the configuration and can't be removed from chat.`,
        ["You can change it for this workspace with /topic add (same name, your query)."],
      );
    }
    return errorReply(`Unknown topic “${name}”.`, ["See /topic list for this workspace's topics."]);
  }
  await deps.store.removeTopic(context.workspaceId, name);
  await recordChange(deps, context, { action: "topic.remove", target: name, detail: null });
  const lines: string[][] = [];
  if (fallback !== undefined) lines.push([`The default topic “${name}” applies again in this workspace.`]);
  else {
    const subscribed = (await deps.store.listSubscriptions({ workspaceId: context.workspaceId })).filter(
      (subscription) => subscription.topic === name,
    );
    if (subscribed.length > 0) {
      lines.push([
        `${plural(subscribed.length, "subscription")} of it will post nothing until it is added again (/unsubscribe removes them).`,
      ]);
    }
  }
  return successReply(`Topic ${name} removed.`, lines.length > 0 ? [{ lines }] : []);
}
