import { topicConfigSchema } from "../../config/config-schema.js";
import { defaultWorkspace } from "../../pipeline/visible-topics.js";
import { parseTopicQuery } from "../../topics/parse-topic-query.js";
import { previewTopic } from "../../topics/preview-topic.js";
import type { CommandDeps } from "../command-deps.js";
import type { Reply } from "../reply.js";
import { type CommandInput, text } from "../shared/command-run.js";
import { recordChange } from "../shared/record-change.js";
import { errorReply, successReply } from "../shared/replies.js";
import { topicTitle } from "../shared/resolve-topic.js";
import { queryProblem } from "./query-problem.js";

/**
 * `/topic add name query [title]` (admins): save a workspace topic, or change it. The name follows
 * the rule config topics follow; the query is parsed first, so a broken one is refused with the
 * spot of the error and never stored. A name the default set has makes a workspace override.
 */
export async function addTopic(input: CommandInput, deps: CommandDeps): Promise<Reply> {
  const { context } = input.request;
  const name = text(input.options, "name") ?? "";
  const query = text(input.options, "query") ?? "";
  const title = text(input.options, "title");
  const validName = topicConfigSchema.shape.name.safeParse(name);
  if (!validName.success) {
    return errorReply(`“${name}” is not a topic name.`, [
      "Expected lower-case letters, digits and dashes, at most 40 (e.g. peace-plan).",
    ]);
  }
  try {
    parseTopicQuery(query);
  } catch (error) {
    return queryProblem(query, error);
  }
  const existing = await deps.store.getTopic(context.workspaceId, name);
  const shadowed =
    context.workspaceId === defaultWorkspace ? undefined : await deps.store.getTopic(defaultWorkspace, name);
  await deps.store.upsertTopic({
    workspaceId: context.workspaceId,
    name,
    ...(title === undefined ? {} : { title }),
    query,
    createdAt: deps.now().toISOString(),
  });
  await recordChange(deps, context, { action: "topic.add", target: name, detail: query });
  const saved = await deps.store.getTopic(context.workspaceId, name);
  const preview = await previewTopic({ store: deps.store }, query, { days: 7, now: deps.now(), limit: 0 });
  const lines = [
    ["Query: ", { text: query, code: true }],
    [`Matches ${preview.total} of ${preview.scanned} articles from the last 7 days.`],
  ];
  if (shadowed) lines.push([`It overrides the default topic “${name}” in this workspace.`]);
  const verb = existing ? "changed" : "added";
  const heading = saved === undefined ? name : topicTitle(saved);
  return successReply(`Topic ${name} ${verb}: ${heading}.`, [{ lines }]);
}
