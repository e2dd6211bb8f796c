import type { StoredArticle } from "../ingest/stored-article.js";
import type { Store } from "../store/store.js";
import { findDisputes } from "../stories/find-disputes.js";
import { compileTopicQuery } from "../topics/compile-topic-query.js";
import { parseTopicQuery } from "../topics/parse-topic-query.js";
import { selectTopicArticles } from "../topics/select/select-topic-articles.js";
import type { Topic } from "../topics/topic.js";
import type { Bounded, Briefing, BriefingSource } from "./briefing.js";
import { briefingLimits } from "./briefing-limits.js";
import { buildDisputes } from "./build-disputes.js";
import { buildGroups } from "./build-groups.js";
import { formatPeriod } from "./format-period.js";
import { groupClaims } from "./group-claims.js";
import { rankEvents } from "./rank-events.js";
import type { TimeWindow } from "./time-window.js";
import { topicWords } from "./topic-words.js";

export interface ComposeBriefingDeps {
  /** Where articles and claims are read from. */
  store: Store;
}

export interface ComposeBriefingRequest {
  /** The topic whose query selects the articles. */
  topic: Topic;
  /** Human title for headings; defaults to the topic's own title, else its name made readable ("peace-plan" → "Peace plan"). */
  title?: string;
  /** Articles published in this window are briefed. */
  window: TimeWindow;
  /** IANA time zone for the labels. */
  timezone: string;
}

/**
 * Compose the briefing for one topic and window: the window's articles that match the topic,
 * grouped into events, their claims merged by speaker and gist, disputes found, everything
 * ranked and bounded. Reads the store twice (articles, then their claims) and nothing else.
 */
export async function composeBriefing(
  deps: ComposeBriefingDeps,
  request: ComposeBriefingRequest,
): Promise<Briefing> {
  const query = parseTopicQuery(request.topic.query);
  const matcher = compileTopicQuery(query);
  const inWindow = await deps.store.articlesInWindow(request.window);
  const articles = selectTopicArticles(inWindow, matcher).map((selected) => selected.article);
  const byId = new Map(articles.map((article) => [article.id, article]));
  const claims =
    articles.length === 0 ? [] : await deps.store.claimsForArticles(articles.map((article) => article.id));

  const claimCounts = new Map<string, number>();
  for (const claim of claims) claimCounts.set(claim.articleId, (claimCounts.get(claim.articleId) ?? 0) + 1);
  const events = rankEvents(articles, claimCounts, briefingLimits.events, topicWords(query));
  const speakers = groupClaims(claims, byId);
  // Disputes are sought among merged claims: a wire quote carried by ten outlets is one voice,
  // and finding disputes costs per claim compared.
  const representatives = speakers.flatMap((speaker) => speaker.claims.map((claim) => claim.representative));
  const { disputes, disputed } = buildDisputes(findDisputes(representatives), speakers);

  return {
    topic: {
      name: request.topic.name,
      title: request.title ?? request.topic.title ?? readableName(request.topic.name),
    },
    period: formatPeriod(request.window, request.timezone),
    counts: {
      articles: articles.length,
      outlets: new Set(articles.map((article) => article.outlet)).size,
      events: events.total,
    },
    events: { items: events.items, more: events.total - events.items.length },
    disputes,
    groups: buildGroups(speakers, disputed),
    sources: countSources(articles),
  };
}

function countSources(articles: StoredArticle[]): Bounded<BriefingSource> {
  const counts = new Map<string, number>();
  for (const article of articles) counts.set(article.outlet, (counts.get(article.outlet) ?? 0) + 1);
  const ranked = [...counts]
    .map(([outlet, count]) => ({ outlet, articles: count }))
    .sort((a, b) => b.articles - a.articles || a.outlet.localeCompare(b.outlet));
  const items = ranked.slice(0, briefingLimits.sources);
  return { items, more: ranked.length - items.length };
}

/** "peace-plan" → "Peace plan". */
export function readableName(name: string): string {
  const spaced = name.replace(/[-_]+/gu, " ").trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
