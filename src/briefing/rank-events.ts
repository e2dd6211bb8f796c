import type { StoredArticle } from "../ingest/stored-article.js";
import { compareCodes } from "../text/compare-codes.js";
import type { BriefingEvent } from "./briefing.js";
import { condenseLead } from "./condense-lead.js";
import { type ArticleEvent, groupEvents } from "./group-events.js";

/**
 * Turn the window's articles into developments: articles about one event grouped (see
 * `groupEvents`), ranked by outlets, then articles, then claims, then recency. Only the first
 * `limit` are condensed (the summary is the costly part).
 */
export function rankEvents(
  articles: StoredArticle[],
  claimCounts: Map<string, number>,
  limit: number,
  topicWords: string[] = [],
): { items: BriefingEvent[]; total: number } {
  const ranked = groupEvents(articles, topicWords)
    .map((event) => ({
      event,
      outlets: new Set(event.members.map((article) => article.outlet)).size,
      claims: event.members.reduce((sum, article) => sum + (claimCounts.get(article.id) ?? 0), 0),
      // Members are oldest first; ISO strings compare in time order.
      latest: event.members[event.members.length - 1]?.publishedAt ?? "",
    }))
    .sort(
      (a, b) =>
        b.outlets - a.outlets ||
        b.event.members.length - a.event.members.length ||
        b.claims - a.claims ||
        compareCodes(b.latest, a.latest),
    );
  const items = ranked.slice(0, limit).map(({ event, outlets }) => toBriefingEvent(event, outlets));
  return { items, total: ranked.length };
}

// A scoop is credited in the first reports; later ones rarely repeat it.
const maxCreditSearch = 10;

function toBriefingEvent(event: ArticleEvent, outlets: number): BriefingEvent {
  const first = event.members[0] as StoredArticle;
  const { representative } = event;
  const lead = condenseLead(representative.title, representative.text);
  // The scoop's credit may sit in any member's lead ("first reported by Axios"); the earliest wins.
  let reportedBy = lead.reportedBy;
  for (const article of event.members.slice(0, maxCreditSearch)) {
    if (reportedBy !== null) break;
    if (article !== representative) reportedBy = condenseLead(article.title, article.text).reportedBy;
  }
  return {
    summary: lead.summary,
    reportedBy,
    firstOutlet: first.outlet,
    outletCount: outlets,
    articleCount: event.members.length,
    url: representative.url ?? event.members.find((article) => article.url !== null)?.url ?? null,
    publishedAt: first.publishedAt,
  };
}
