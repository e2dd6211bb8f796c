import { type PreviewedArticle, previewTopic } from "../../topics/preview-topic.js";
import type { CommandDeps } from "../command-deps.js";
import type { Reply, ReplyLine, ReplySection } from "../reply.js";
import { type CommandInput, text } from "../shared/command-run.js";
import { formatShortDate } from "../shared/format-time.js";
import { infoReply } from "../shared/replies.js";
import { queryProblem } from "./query-problem.js";

const days = 7;
const shown = 8;

/**
 * `/topic test query`: which recent articles a query would match, before an admin saves it:
 * how many of how many scanned, and the newest matches with their links and why each matched
 * (the query's terms it contains, or the matching article whose story it joined).
 */
export async function testTopic(input: CommandInput, deps: CommandDeps): Promise<Reply> {
  const query = text(input.options, "query") ?? "";
  let preview: Awaited<ReturnType<typeof previewTopic>>;
  try {
    preview = await previewTopic({ store: deps.store }, query, { days, now: deps.now(), limit: shown });
  } catch (error) {
    return queryProblem(query, error);
  }
  const title = `${preview.total} of ${preview.scanned} articles from the last ${days} days match.`;
  const lines: ReplyLine[] = preview.matched.flatMap((article): ReplyLine[] => [
    [
      "• ",
      article.url === null ? article.title : { text: article.title, url: article.url },
      ` — ${article.outlet}, ${formatShortDate(article.publishedAt, "UTC")}`,
    ],
    ["   ", { text: whyMatched(article), italic: true }],
  ]);
  if (preview.total > preview.matched.length) lines.push([`+${preview.total - preview.matched.length} more`]);
  const sections: ReplySection[] = [{ heading: "Query", lines: [[{ text: query, code: true }]] }];
  if (lines.length > 0) sections.push({ heading: "Newest matches", lines });
  return infoReply(title, sections);
}

/** "matched: witkoff, "peace plan"", or "joined: same story as “…”" for a story expansion. */
function whyMatched(article: PreviewedArticle): string {
  if (article.via === "query") return `matched: ${article.why.terms.join(", ")}`;
  const how = article.why.basis === "duplicate" ? "a copy of" : "same event as";
  return `joined: ${how} “${article.why.article.title}”`;
}
