import type { StoredArticle } from "../store/store.js";
import type { BriefingEvent } from "./briefing.js";
import { condenseLead } from "./condense-lead.js";

/**
 * Turn articles into events: one per story (near-duplicate cluster), an article without a story
 * being its own event. Ranked by outlets, then articles, then claims, then recency. Only the first
 * `limit` are condensed (the summary is the only costly part).
 */
export function rankEvents(
  articles: StoredArticle[],
  claimCounts: Map<string, number>,
  limit: number,
): { items: BriefingEvent[]; total: number } {
  const byStory = new Map<string, StoredArticle[]>();
  for (const article of articles) {
    const key = article.storyId ?? `article:${article.id}`;
    const list = byStory.get(key);
    if (list) list.push(article);
    else byStory.set(key, [article]);
  }
  const ranked = [...byStory.values()]
    .map((members) => ({
      members: [...members].sort(
        (a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.id.localeCompare(b.id),
      ),
      outlets: new Set(members.map((article) => article.outlet)).size,
      claims: members.reduce((sum, article) => sum + (claimCounts.get(article.id) ?? 0), 0),
      // ISO strings compare in time order.
      latest:
        members
          .map((article) => article.publishedAt)
          .sort()
          .at(-1) ?? "",
    }))
    .sort(
      (a, b) =>
        b.outlets - a.outlets ||
        b.members.length - a.members.length ||
        b.claims - a.claims ||
        b.latest.localeCompare(a.latest),
    );
  const items = ranked.slice(0, limit).map(({ members, outlets }) => {
    const first = members[0] as StoredArticle;
    const lead = condenseLead(first.title, first.text);
    return {
      summary: lead.summary,
      reportedBy: lead.reportedBy,
      firstOutlet: first.outlet,
      outletCount: outlets,
      articleCount: members.length,
      url: members.find((article) => article.url !== null)?.url ?? null,
      publishedAt: first.publishedAt,
    };
  });
  return { items, total: ranked.length };
}
