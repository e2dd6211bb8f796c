import type { webApi } from "@slack/bolt";
import type { Briefing } from "../../briefing/briefing.js";
import type { Logger } from "../../logger.js";
import type { PostResult } from "../chat-adapter.js";
import { briefingEventType, findBriefingParts } from "./find-briefing-parts.js";
import { renderSlackMessages } from "./render.js";
import { toPostResult } from "./to-post-result.js";

/** The clients posting uses: `post` never retries by itself, `read` may (see the adapter). */
export interface PostClients {
  post: webApi.WebClient;
  read: webApi.WebClient;
  logger: Logger;
}

/**
 * Post a briefing as one `chat.postMessage` per rendered message, each carrying the metadata
 * `newsbrief_briefing` `{briefing_id, part, parts}`, with unfurling off.
 *
 * Resumable, so a retry never repeats a part: before posting again, the channel's recent history is
 * searched for parts of this briefing already there (a retry after part 2 failed, or after a
 * timeout that in fact went through) and only the missing parts are sent; `sent` lists every
 * part's ts in order. When history cannot be read for good (missing scope) everything is posted;
 * when it fails for now, nothing is, and the result is `failed` (retry later) rather than risking
 * a duplicate.
 */
export async function postBriefing(
  clients: PostClients,
  target: { channelId: string; briefing: Briefing; briefingId: string; firstAttempt?: boolean },
): Promise<PostResult> {
  const { channelId, briefingId } = target;
  const messages = renderSlackMessages(target.briefing);
  // A first attempt has nothing to resume: no history read (conversations.history is rate tier 3).
  const posted = target.firstAttempt
    ? new Map<number, string>()
    : await partsPosted(clients, channelId, briefingId, messages.length);
  if (!(posted instanceof Map)) return posted;
  const ids: string[] = [];
  for (const [index, message] of messages.entries()) {
    const part = index + 1;
    const existing = posted.get(part);
    if (existing !== undefined) {
      ids.push(existing);
      continue;
    }
    try {
      const answer = await clients.post.chat.postMessage({
        channel: channelId,
        text: message.text,
        blocks: message.blocks,
        metadata: {
          event_type: briefingEventType,
          event_payload: { briefing_id: briefingId, part, parts: messages.length },
        },
        unfurl_links: false,
        unfurl_media: false,
      });
      if (typeof answer.ts !== "string") return { kind: "failed", reason: "Slack answered without a ts" };
      ids.push(answer.ts);
    } catch (error) {
      const result = toPostResult(error);
      if (messages.length === 1) return result;
      return { ...result, reason: `part ${part} of ${messages.length}: ${result.reason}` };
    }
  }
  return { kind: "sent", messageIds: ids };
}

async function partsPosted(
  clients: PostClients,
  channelId: string,
  briefingId: string,
  parts: number,
): Promise<Map<number, string> | PostResult> {
  try {
    const found = await findBriefingParts(
      (args) => clients.read.conversations.history(args),
      channelId,
      briefingId,
    );
    if (found.total === undefined || found.total === parts) return found.byPart;
    // Rendered differently than last time (another version?): parts would not line up.
    clients.logger.warn("slack briefing found with another part count; posting it whole", {
      briefingId,
      found: found.total,
      parts,
    });
    return new Map();
  } catch (error) {
    const result = toPostResult(error);
    if (result.kind === "failed") return result;
    clients.logger.warn("slack history unreadable; posting without the duplicate check", {
      channelId,
      reason: result.reason,
    });
    return new Map();
  }
}
