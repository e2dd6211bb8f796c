import type { Briefing, BriefingClaim, BriefingEvent } from "../briefing/briefing.js";
import { plural } from "./plural.js";

/**
 * Wording shared by every rendering, so text, Markdown, Discord and Slack say the same thing.
 * Only the Briefing types are imported: renderers on any platform can use these without pulling in
 * the pipeline. All functions return raw text: the caller escapes article-derived parts.
 */

/** "14 articles from 6 outlets since yesterday 08:00 · 3 developments". */
export function countsLine(briefing: Briefing): string {
  const { articles, outlets, events } = briefing.counts;
  return `${plural(articles, "article")} from ${plural(outlets, "outlet")} ${briefing.period.sinceLabel} · ${plural(events, "development")}`;
}

/** "Nothing new about Peace plan for Ukraine since yesterday 08:00." */
export function emptyLine(briefing: Briefing): string {
  return `Nothing new about ${briefing.topic.title} ${briefing.period.sinceLabel}.`;
}

/**
 * "first reported by Axios; carried by 5 outlets", "first in The Kyiv Ledger; carried by 2 outlets",
 * or the one outlet's name.
 */
export function eventMeta(event: BriefingEvent): string {
  const first =
    event.reportedBy === null ? `first in ${event.firstOutlet}` : `first reported by ${event.reportedBy}`;
  if (event.outletCount > 1) return `${first}; carried by ${plural(event.outletCount, "outlet")}`;
  return event.reportedBy === null
    ? event.firstOutlet
    : `reported by ${event.reportedBy}; ${event.firstOutlet}`;
}

/** "(quote)" or "" and "(3 outlets)" or "": what qualifies a stance word. */
export function claimQualifiers(claim: BriefingClaim): string {
  const parts: string[] = [];
  if (claim.direct) parts.push("quote");
  if (claim.outletCount > 1) parts.push(plural(claim.outletCount, "outlet"));
  return parts.length === 0 ? "" : ` (${parts.join(", ")})`;
}

/** The claim's content ready to show: quotes in quotation marks, reported speech bare. */
export function claimContent(claim: BriefingClaim): string {
  return claim.direct ? `“${claim.content}”` : claim.content;
}
