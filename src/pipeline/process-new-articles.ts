import { extractClaims } from "../claims/extract-claims.js";
import type { Gazetteer } from "../claims/load-gazetteer.js";
import type { StoredClaim } from "../claims/stored-claim.js";
import type { StoredArticle } from "../ingest/stored-article.js";
import type { Logger } from "../logger.js";
import type { Store } from "../store/store.js";
import { findStory } from "../stories/find-story.js";
import { fingerprintArticle } from "../stories/fingerprint-article.js";
import { speakerKey } from "../stories/speaker-key.js";
import { matchNewArticles } from "./match-new-articles.js";
import type { SpeakerRegistry } from "./speaker-registry.js";

export interface ProcessDeps {
  store: Store;
  gazetteer: Gazetteer;
  logger: Logger;
  /** Known speakers, kept for the life of the process (see createSpeakerRegistry). */
  speakers: SpeakerRegistry;
  /** Told how many claims each processed article had (metrics). */
  onProcessed?: (claims: number) => void;
}

/** How far back a new article looks for a story it continues (wire copies follow within days). */
const storyLookbackMs = 4 * 24 * 60 * 60 * 1000;

/**
 * What happens to stored articles: extract who-claims-what, attach each article to the story
 * (near-duplicate cluster) it belongs to, and mark it processed. One article failing never stops
 * the rest; it stays pending and is taken again later. Returns the ids processed. Safe to run
 * twice on the same article (claims are replaced, the story is found again).
 */
export async function processNewArticles(deps: ProcessDeps, articles: StoredArticle[]): Promise<string[]> {
  if (articles.length === 0) return [];
  const oldest = Math.min(...articles.map((article) => Date.parse(article.publishedAt)));
  const stories = await deps.store.recentStories(new Date(oldest - storyLookbackMs).toISOString());
  const extracted = new Map(articles.map((article) => [article.id, claimsOf(article, deps)]));
  const freshKeys = [...extracted.values()]
    .flat()
    .flatMap((claim) => (claim.speakerKey === null ? [] : [claim.speakerKey]));
  // "peskov" said alone is the same person as the known "dmitry peskov".
  const canonicalKey = await deps.speakers.canonical(freshKeys);
  const processed: string[] = [];
  for (const article of articles) {
    try {
      const claims = (extracted.get(article.id) ?? []).map((claim) => ({
        ...claim,
        speakerKey:
          claim.speakerKey === null ? null : (canonicalKey.get(claim.speakerKey) ?? claim.speakerKey),
      }));
      await deps.store.saveClaims(article.id, claims);
      const fingerprint = fingerprintArticle(article);
      const story = findStory(fingerprint, stories) ?? {
        id: article.id,
        title: article.title,
        firstPublishedAt: article.publishedAt,
        fingerprint,
      };
      // A new story joins the candidate list at once: a later copy in this same batch must find it.
      if (story.id === article.id) {
        await deps.store.createStory(story);
        stories.push(story);
      }
      await deps.store.setArticleStory(article.id, story.id);
      processed.push(article.id);
      deps.onProcessed?.(claims.length);
    } catch (error) {
      deps.logger.error("could not process article", { article: article.id, error });
    }
  }
  await deps.store.markArticlesProcessed(processed, new Date().toISOString());
  const done = new Set(processed);
  await matchNewArticles(
    deps.store,
    articles.filter((article) => done.has(article.id)),
    deps.logger,
  );
  return processed;
}

function claimsOf(article: StoredArticle, deps: ProcessDeps): StoredClaim[] {
  let claims: ReturnType<typeof extractClaims>;
  try {
    // Roles as of the article: a gazetteer role counts only if it was held when the article appeared.
    claims = extractClaims(article.text, { gazetteer: deps.gazetteer, date: article.publishedAt });
  } catch (error) {
    deps.logger.error("claim extraction failed", { article: article.id, error });
    return [];
  }
  return claims.map((claim, index) => ({
    articleId: article.id,
    index,
    speakerKey: claim.speaker ? speakerKey(claim.speaker) : null,
    side: claim.speaker?.side ?? null,
    stance: claim.stance,
    publishedAt: article.publishedAt,
    claim,
  }));
}
