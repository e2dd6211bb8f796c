import { createHash } from "node:crypto";

/**
 * The name a topic query's stored verdicts go under: its text, hashed. Two topics with the same
 * query share verdicts; an edited query gets a new key, so no verdict is ever stale.
 */
export function topicQueryKey(query: string): string {
  let key = keys.get(query);
  if (key === undefined) {
    if (keys.size >= maxKeys) keys.clear();
    key = createHash("sha256").update(query.trim()).digest("base64url").slice(0, 22);
    keys.set(query, key);
  }
  return key;
}

// Every `/latest` asks for its topic's key: a bot has few queries, each hashed once.
const keys = new Map<string, string>();
const maxKeys = 256;
