/** One change an admin made from chat, kept for the record (who, when, what). */
export interface AdminChange {
  workspaceId: string;
  /** "<platform>:<user id>". */
  actor: string;
  /** What was done. */
  action: "topic.add" | "topic.remove" | "feed.add" | "feed.remove" | "subscribe" | "unsubscribe";
  /** What it was done to: a topic name, a feed URL (credentials removed), a channel and topic. */
  target: string;
  /** The new value where there is one (the query, "08:00 Europe/Kyiv"), else null. */
  detail: string | null;
  at: string;
}
