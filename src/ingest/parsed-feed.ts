/** One item as the feed wrote it, before normalisation. Every field is optional: feeds omit anything. */
export interface FeedItem {
  /** RSS guid or Atom id. */
  guid?: string;
  link?: string;
  /** FeedBurner's original link, when the feed proxies links through FeedBurner. */
  origLink?: string;
  title?: string;
  /** RSS content:encoded (full HTML body). */
  contentEncoded?: string;
  /** RSS description or Atom content (HTML). */
  content?: string;
  /** Atom summary (HTML). */
  summary?: string;
  author?: string;
  /** Raw date strings in order of preference (published, pubDate, dc:date, updated). */
  dates: string[];
}

/** A parsed feed: channel facts plus raw items. */
export interface ParsedFeed {
  /** "rss 2.0", "rss 0.91", "atom", "rss 1.0 (rdf)". */
  format: string;
  /** The channel's own title, plain text or null. */
  title: string | null;
  /** The channel's site link (base for relative item links). */
  link: string | null;
  items: FeedItem[];
  /** Repairs applied before the document parsed ("entities", "truncated", …); empty when none. */
  repairs: string[];
}

/** Why a body is not usable as a feed. */
export type ParseFailure = { kind: "failed"; reason: "not_a_feed" | "malformed_xml"; detail: string };

export type ParseResult = { kind: "ok"; feed: ParsedFeed } | ParseFailure;
