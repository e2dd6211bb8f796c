import type { Briefing } from "../briefing/briefing.js";

/**
 * A piece of text in a reply. Plain strings are raw text (adapters escape them for their
 * platform, so nothing typed by users or found in articles can format or ping); styled pieces say
 * how to show them, never with platform markup.
 */
export type Inline = string | StyledText;

export interface StyledText {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Monospace: queries, URLs shown literally, ids. */
  code?: boolean;
  /** Make `text` a link to this http(s) URL. */
  url?: string;
}

/** One line of a reply: pieces shown side by side. */
export type ReplyLine = Inline[];

export interface ReplySection {
  /** Bold heading above the lines. */
  heading?: string;
  lines: ReplyLine[];
}

/**
 * What a command answers, platform-neutral: a short title line, sections of lines, and, for
 * /briefing, the briefing itself (rendered natively: Discord embeds, Slack blocks). Adapters keep
 * within their platform's limits (they shorten and say so, never fail).
 */
export interface Reply {
  /** Only the user who asked sees it (Discord ephemeral, Slack ephemeral/response_url). */
  ephemeral: boolean;
  /** First line, also the notification text ("Dmitry Peskov · Kremlin spokesman · Russia"). */
  title: string;
  sections: ReplySection[];
  /** A briefing to show in full after the sections. */
  briefing?: Briefing;
  /** "error" answers (bad input, refused rights) may be shown differently (colour). */
  tone?: "info" | "success" | "error";
}
