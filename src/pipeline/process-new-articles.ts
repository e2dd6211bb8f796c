import type { Gazetteer } from "../claims/load-gazetteer.js";
import { extractClaims } from "../claims/extract-claims.js";
import type { Logger } from "../logger.js";
import type { Store, StoredArticle, StoredClaim } from "../store/store.js";
import { findStory } from "../stories/find-story.js";
import { fingerprintArticle } from "../stories/fingerprint-article.js";
import { speakerKey } from "../stories/speaker-key.js";

export interface ProcessDeps {
  store: Store;
  gazetteer: Gazetteer;
  logger: Logger;
}

/** How far back a new article looks for a story it continues (wire copies follow within days). */
const storyLookbackMs = 4 * 24 * 60 * 60 * 1000;

/**
 * What happens to articles right after they are stored: extract who-claims-what, then attach each
 * article to the story (near-duplicate cluster) it belongs to. One article failing never stops the rest.
 */
export async function processNewArticles(deps: ProcessDeps, articles: StoredArticle[]): Promise<void> {
  if (articles.length === 0) return;
  const oldest = Math.min(...articles.map((article) => Date.parse(article.publishedAt)));
  const stories = await deps.store.recentStories(new Date(oldest - storyLookbackMs).toISOString());
  for (const article of articles) {
    try {
      await deps.store.saveClaims(article.id, claimsOf(article, deps.gazetteer));
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
    } catch (error) {
      deps.logger.error("could not process article", { article: article.id, error });
    }
  }
}

function claimsOf(article: StoredArticle, gazetteer: Gazetteer): StoredClaim[] {
  return extractClaims(article.text, { gazetteer }).map((claim, index) => ({
    articleId: article.id,
    index,
    speakerKey: claim.speaker ? speakerKey(claim.speaker) : null,
    side: claim.speaker?.side ?? null,
    stance: claim.stance,
    publishedAt: article.publishedAt,
    claim,
  }));
}
