import type { Article } from "./article.js";

/** An article as stored, with what the pipeline learnt about it. */
export interface StoredArticle extends Article {
  /** False for articles stored by a feed's first (seeding) fetch. */
  announced: boolean;
  /** Near-duplicate cluster this article belongs to; null until assigned. */
  storyId: string | null;
}
