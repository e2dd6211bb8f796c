/**
 * A topic query that cannot be parsed. `message` is meant for the admin who typed it, and names
 * the spot when there is one: "unbalanced parenthesis at character 17".
 */
export class TopicQueryError extends Error {
  override readonly name = "TopicQueryError";
  /** Machine-readable code, stable across wording changes. */
  readonly code = "topic_query_invalid";

  constructor(
    /** What is wrong, without the position ("unbalanced parenthesis"). */
    readonly reason: string,
    /** 1-based character position in the query the problem points at. */
    readonly position: number,
    /** Whether the message names the position (not for whole-query problems like "empty query"). */
    pointsAtSpot = true,
  ) {
    super(pointsAtSpot ? `${reason} at character ${position}` : reason);
  }
}
