import type { Stance } from "../claims/claim.js";
import type { Briefing, BriefingClaim, BriefingEvent } from "./briefing.js";

/**
 * Wording shared by every rendering, so text, Markdown, Discord and Slack say the same thing.
 * All functions return raw text: the caller escapes article-derived parts for its platform.
 */

/** The stance as a word: a denial must read differently from an assertion even without colour. */
export function stanceWord(stance: Stance): string {
  return stance;
}

/** "14 articles from 6 outlets since yesterday 08:00 · 3 developments". */
export function countsLine(briefing: Briefing): string {
  const { articles, outlets, events } = briefing.counts;
  return `${plural(articles, "article")} from ${plural(outlets, "outlet")} ${briefing.period.sinceLabel} · ${plural(events, "development")}`;
}

/** "Nothing new about Peace plan for Ukraine since yesterday 08:00." */
export function emptyLine(briefing: Briefing): string {
  return `Nothing new about ${briefing.topic.title} ${briefing.period.sinceLabel}.`;
}

/** "reported by Axios; first in Instant World News, carried by 5 outlets". */
export function eventMeta(event: BriefingEvent): string {
  const parts: string[] = [];
  if (event.reportedBy !== null) parts.push(`reported by ${event.reportedBy}`);
  parts.push(
    event.outletCount > 1
      ? `first in ${event.firstOutlet}, carried by ${event.outletCount} outlets`
      : event.firstOutlet,
  );
  return parts.join("; ");
}

/** "(quote)" or "" and "(3 outlets)" or "": what qualifies a stance word. */
export function claimQualifiers(claim: BriefingClaim): string {
  const parts: string[] = [];
  if (claim.direct) parts.push("quote");
  if (claim.outletCount > 1) parts.push(`${claim.outletCount} outlets`);
  return parts.length === 0 ? "" : ` (${parts.join(", ")})`;
}

/** The claim's content ready to show: quotes in quotation marks, reported speech bare. */
export function claimContent(claim: BriefingClaim): string {
  return claim.direct ? `“${claim.content}”` : claim.content;
}

/** "+3 more developments". */
export function moreLine(count: number, noun: string): string {
  return `+${count} more ${count === 1 ? noun : `${noun}s`}`;
}

export function plural(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}
