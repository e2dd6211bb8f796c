import type { Reply, ReplyLine, ReplySection } from "../reply.js";

/**
 * The three shapes of a short answer. Errors and refusals are always ephemeral: only the user who
 * typed the command needs to see that it was wrong.
 */
export function errorReply(title: string, ...lines: ReplyLine[]): Reply {
  return { ephemeral: true, title, sections: lines.length > 0 ? [{ lines }] : [], tone: "error" };
}

/** A successful change (topic saved, feed added, subscribed). */
export function successReply(title: string, sections: ReplySection[] = [], ephemeral = true): Reply {
  return { ephemeral, title, sections, tone: "success" };
}

/** An answer that changes nothing (lists, status, nothing found). */
export function infoReply(title: string, sections: ReplySection[] = [], ephemeral = true): Reply {
  return { ephemeral, title, sections, tone: "info" };
}
