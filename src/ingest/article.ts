/** A news item after parsing and normalisation: what the rest of the pipeline works on. */
export interface Article {
  /** Stable id: the feed's guid, else the canonical link, else a hash of title + date. Unique per feed. */
  id: string;
  /** Id of the feed it came from (see `FeedRecord.id`). */
  feedId: string;
  /** Canonical URL: tracking parameters dropped, Google redirects unwrapped, AMP folded. Null when the item had no link. */
  url: string | null;
  /** Plain-text title (HTML stripped, entities decoded, whitespace folded). */
  title: string;
  /** Plain-text body: the feed's content/description or, when full text is on, the article page's main text. */
  text: string;
  /** Author as given by the feed, or null. */
  author: string | null;
  /** Name of the outlet (the feed's configured outlet, else its channel title, else the URL's host). */
  outlet: string;
  /** Publication time, ISO 8601 UTC. Falls back to `fetchedAt` when missing, unparsable or in the future. */
  publishedAt: string;
  /** True when `publishedAt` is the fetch time because the feed's own date was missing or unusable. */
  dateIsFallback: boolean;
  /** When this item was fetched, ISO 8601 UTC. */
  fetchedAt: string;
}
