import { z } from "zod";

/** The event type newsbrief's briefing messages carry in their Slack message metadata. */
export const briefingEventType = "newsbrief_briefing";

/** How many recent messages are searched: a briefing is looked for soon after it was sent. */
export const historyDepth = 50;

const historyAnswer = z.object({
  messages: z
    .array(
      z.object({
        ts: z.string(),
        metadata: z
          .object({
            event_type: z.string(),
            event_payload: z.record(z.string(), z.unknown()).optional(),
          })
          .optional(),
      }),
    )
    .default([]),
});

const briefingPayload = z.object({
  briefing_id: z.string(),
  part: z.number().int().positive(),
  parts: z.number().int().positive().optional(),
});

/** The parts of one briefing found in a channel. */
export interface BriefingParts {
  /** Message ts by part number (1-based). */
  byPart: Map<number, string>;
  /** How many parts the briefing has, as its messages say; undefined when none was found. */
  total: number | undefined;
}

/**
 * Look through the channel's `historyDepth` most recent messages for the parts of one briefing,
 * by the metadata `post` attaches (`newsbrief_briefing`, `{briefing_id, part, parts}`).
 * `history` is `conversations.history`; its errors are the caller's to map.
 */
export async function findBriefingParts(
  history: (args: { channel: string; limit: number; include_all_metadata: boolean }) => Promise<unknown>,
  channelId: string,
  briefingId: string,
): Promise<BriefingParts> {
  const answer = historyAnswer.parse(
    await history({ channel: channelId, limit: historyDepth, include_all_metadata: true }),
  );
  const byPart = new Map<number, string>();
  let total: number | undefined;
  for (const message of answer.messages) {
    if (message.metadata?.event_type !== briefingEventType) continue;
    const payload = briefingPayload.safeParse(message.metadata.event_payload);
    if (!payload.success || payload.data.briefing_id !== briefingId) continue;
    // History runs newest first; should a part be there twice, the oldest one counts.
    byPart.set(payload.data.part, message.ts);
    total = payload.data.parts ?? total;
  }
  return { byPart, total };
}
