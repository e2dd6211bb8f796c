export interface Story {
  id: string;
  /** Title of the first article seen. */
  title: string;
  firstPublishedAt: string;
  /** Compact near-duplicate fingerprint of the first article (format owned by src/stories). */
  fingerprint: string;
}
