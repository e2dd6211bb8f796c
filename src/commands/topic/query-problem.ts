import { TopicQueryError } from "../../topics/topic-query-error.js";
import type { Reply } from "../reply.js";
import { errorReply } from "../shared/replies.js";

const shownQuery = 80;

/**
 * The answer to a query that does not parse: what is wrong and where, with the query and a caret
 * under the spot ("unbalanced parenthesis at character 17"). Anything else is rethrown.
 */
export function queryProblem(query: string, error: unknown): Reply {
  if (!(error instanceof TopicQueryError)) throw error;
  const expected = 'Expected words, "phrases", OR, AND, NOT, (…) and variants like Kyiv|Kiev.';
  if (error.message === error.reason)
    return errorReply(`The query is not valid: ${error.reason}.`, [expected]);
  // Show a window of the query around the spot, so the caret lines up however long it is.
  const spot = error.position - 1;
  const start = Math.max(0, Math.min(spot - shownQuery / 2, query.length - shownQuery));
  const excerpt = query.slice(start, start + shownQuery);
  return errorReply(
    `The query is not valid: ${error.reason} at character ${error.position}.`,
    [{ text: excerpt, code: true }],
    [{ text: `${" ".repeat(spot - start)}^`, code: true }],
    [expected],
  );
}
