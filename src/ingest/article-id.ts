import { createHash } from "node:crypto";

/**
 * Stable article id, unique per feed: `<feedId>:<guid>`, else `<feedId>:<canonical link>`,
 * else `<feedId>:h<hash of title and date>` so an item without either still dedups across polls.
 */
export function articleId(
  feedId: string,
  parts: { guid?: string; url: string | null; title: string; date?: string },
): string {
  const guid = parts.guid?.trim();
  if (guid) return `${feedId}:${guid}`;
  if (parts.url) return `${feedId}:${parts.url}`;
  const digest = createHash("sha256")
    .update(`${parts.title}\n${parts.date ?? ""}`)
    .digest("hex")
    .slice(0, 24);
  return `${feedId}:h${digest}`;
}
