/** What topic selection needs of an article: a `StoredArticle` is one, so is a line of `match` input. */
export interface TopicArticle {
  /** Unique within the batch; names the article a story join went through. */
  id: string;
  /** Plain-text headline. */
  title: string;
  /** Plain-text body (a feed item's lede, or the full text). */
  text: string;
  /** Near-duplicate story assigned at ingest; absent or null when unknown (then fingerprints decide). */
  storyId?: string | null;
}

/** Why an article matched the query itself. */
export interface QueryWhy {
  /** The spellings it was found by, canonical form, query order (see `TopicMatcher.explain`). */
  terms: string[];
}

/** Why an article that the query misses joined the topic: the query match it is one story with. */
export interface StoryWhy {
  /**
   * `duplicate`: a near-duplicate (same ingest story, or MinHash fingerprints alike: a wire copy,
   * the same text under another headline). `event`: a separate write-up of the same event
   * (headline and lead share enough rare terms).
   */
  basis: "duplicate" | "event";
  /** The query-matched article it joined through. */
  article: { id: string; title: string };
  /** How alike the two are, in [0, 1]: MinHash similarity for duplicates, term cosine for events. */
  similarity: number;
}

/** How an article belongs to a topic, with the explanation `/topic test` and `match` show. */
export type TopicMatch = { via: "query"; why: QueryWhy } | { via: "story"; why: StoryWhy };

/** An article selected for a topic. */
export type TopicSelection<A extends TopicArticle = TopicArticle> = TopicMatch & {
  /** The article, as it was passed in. */
  article: A;
};
