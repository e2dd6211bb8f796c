import { type REST, Routes } from "discord.js";
import { z } from "zod";
import { readTag } from "./briefing-ref.js";

const historySchema = z.array(
  z.object({
    id: z.string(),
    author: z.object({ id: z.string() }),
    content: z.string().nullish(),
    embeds: z.array(z.object({ footer: z.object({ text: z.string() }).nullish() })).nullish(),
  }),
);

/** The parts of one briefing found in a channel: part number (1-based) → message id, and their count. */
export interface PostedParts {
  parts: Map<number, string>;
  /** How many parts the briefing had when they were posted; 0 when none was found. */
  count: number;
}

/**
 * Look through the channel's last 50 messages for those our bot posted with this briefing's ref
 * (in a footer or a subtext line). The history is the only record that survives a crash.
 */
export async function findPostedParts(
  rest: REST,
  options: { channelId: string; botUserId: string; ref: string },
): Promise<PostedParts> {
  const raw: unknown = await rest.get(Routes.channelMessages(options.channelId), {
    query: new URLSearchParams({ limit: "50" }),
  });
  const history = historySchema.safeParse(raw);
  const found: PostedParts = { parts: new Map(), count: 0 };
  if (!history.success) return found;
  for (const message of history.data) {
    if (message.author.id !== options.botUserId) continue;
    const texts = [message.content ?? "", ...(message.embeds ?? []).map((embed) => embed.footer?.text ?? "")];
    for (const text of texts) {
      const tag = readTag(text);
      if (tag === null || tag.ref !== options.ref) continue;
      // The newest count wins: history is newest first, and a re-rendered briefing may differ.
      if (found.count === 0) found.count = tag.count;
      if (tag.count === found.count && !found.parts.has(tag.part)) found.parts.set(tag.part, message.id);
    }
  }
  return found;
}
