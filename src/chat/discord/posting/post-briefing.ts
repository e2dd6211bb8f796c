import { type REST, Routes } from "discord.js";
import { z } from "zod";
import type { Briefing } from "../../../briefing/briefing.js";
import type { Logger } from "../../../logger.js";
import type { PostResult } from "../../chat-adapter.js";
import { renderDiscordMessages } from "../render.js";
import { briefingRef, messageNonce, tagMessages } from "./briefing-ref.js";
import { postFailure } from "./post-failure.js";
import { findPostedParts } from "./posted-parts.js";

export interface PostDeps {
  rest: REST;
  logger: Logger;
  /** Our bot user's id (messages by anyone else never count as ours); undefined when unknown. */
  botUserId(): Promise<string | undefined>;
  /** Parts already sent, per channel and briefing, in this process. */
  sent: Map<string, SentParts>;
}

/** The parts of one briefing sent so far: part number (1-based) → message id, out of `count`. */
export interface SentParts {
  count: number;
  parts: Map<number, string>;
}

const createdSchema = z.object({ id: z.string() });
const rememberedBriefings = 200;

/**
 * Post a briefing's messages in order, each with a nonce (`enforce_nonce`) and a ref tag.
 * On partial failure, parts already sent are skipped when the briefing is posted again: this
 * process remembers them, and after a restart the channel's history is read for the ref (parts
 * of a briefing rendered into a different number of messages are not matched). The result names
 * the failing part ("message 2 of 3: …"); a complete post returns every part's id.
 */
export async function postBriefing(
  deps: PostDeps,
  target: { channelId: string; briefing: Briefing; briefingId: string; firstAttempt?: boolean },
): Promise<PostResult> {
  const { channelId, briefingId } = target;
  const ref = briefingRef(briefingId);
  const messages = tagMessages(renderDiscordMessages(target.briefing), ref);
  const key = `${channelId}\n${briefingId}`;
  const known = deps.sent.get(key);
  const sent =
    known?.count === messages.length
      ? known.parts
      : target.firstAttempt
        ? new Map<number, string>()
        : await partsInHistory(deps, channelId, ref, messages.length);
  remember(deps.sent, key, { count: messages.length, parts: sent });
  for (const [index, message] of messages.entries()) {
    if (sent.has(index + 1)) continue;
    const what = messages.length === 1 ? "message" : `message ${index + 1} of ${messages.length}`;
    try {
      const created: unknown = await deps.rest.post(Routes.channelMessages(channelId), {
        body: { ...message, nonce: messageNonce(ref, index), enforce_nonce: true },
      });
      const parsed = createdSchema.safeParse(created);
      sent.set(index + 1, parsed.success ? parsed.data.id : "");
    } catch (error) {
      return postFailure(error, what);
    }
  }
  deps.sent.delete(key);
  return { kind: "sent", messageIds: messages.map((_, index) => sent.get(index + 1) ?? "") };
}

/** Parts of this briefing a previous run posted; none when history cannot be read (e.g. no Read Message History). */
async function partsInHistory(
  deps: PostDeps,
  channelId: string,
  ref: string,
  count: number,
): Promise<Map<number, string>> {
  try {
    const botUserId = await deps.botUserId();
    if (botUserId === undefined) return new Map();
    const found = await findPostedParts(deps.rest, { channelId, botUserId, ref });
    if (found.count !== count) return new Map();
    if (found.parts.size > 0)
      deps.logger.info("resuming a briefing partly posted before", { channelId, ref });
    return found.parts;
  } catch {
    return new Map();
  }
}

function remember(sent: Map<string, SentParts>, key: string, parts: SentParts): void {
  sent.delete(key);
  sent.set(key, parts);
  // Oldest first in a Map: a bounded memory of unfinished briefings.
  while (sent.size > rememberedBriefings) {
    const oldest = sent.keys().next().value;
    if (oldest === undefined) break;
    sent.delete(oldest);
  }
}
