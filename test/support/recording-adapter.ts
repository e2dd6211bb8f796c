import type { Briefing } from "../../src/briefing/briefing.js";
import type { ChatAdapter, PostResult } from "../../src/chat/chat-adapter.js";

/** What a recording adapter saw posted. */
export interface RecordedPost {
  channelId: string;
  briefingId: string;
  briefing: Briefing;
}

/**
 * A chat platform stand-in for delivery tests (the platform is a collaborator there, not what is
 * tested): records every post, answers from a script of results (then "sent"), and remembers
 * what was "accepted" so `findPosted` answers like a platform's history would.
 */
export function createRecordingAdapter(
  options: { platform?: string; results?: PostResult[]; acceptedBeforeCrash?: string[] } = {},
): ChatAdapter & { posts: RecordedPost[]; lookups: string[] } {
  const results = [...(options.results ?? [])];
  const accepted = new Map<string, string[]>(
    (options.acceptedBeforeCrash ?? []).map((id) => [id, [`msg-${id}`]]),
  );
  const posts: RecordedPost[] = [];
  const lookups: string[] = [];
  return {
    platform: options.platform ?? "slack",
    posts,
    lookups,
    async start() {},
    async stop() {},
    isReady: () => true,
    async findPosted(_channelId, briefingId) {
      lookups.push(briefingId);
      return accepted.get(briefingId) ?? [];
    },
    async post(channelId, briefing, { briefingId }) {
      posts.push({ channelId, briefingId, briefing });
      const result = results.shift() ?? { kind: "sent", messageIds: [`msg-${briefingId}`] };
      if (result.kind === "sent") accepted.set(briefingId, result.messageIds);
      return result;
    },
  };
}
