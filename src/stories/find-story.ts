import { compareFingerprints } from "./compare-fingerprints.js";
import { decodeFingerprint } from "./decode-fingerprint.js";
import type { Story } from "./story.js";

/**
 * The story a new article belongs to: the candidate whose fingerprint is a near-duplicate of the
 * article's, the most similar one when several are (ties go to the earliest story). Undefined when
 * none is, or when the article's fingerprint cannot be read. Candidates with unreadable or
 * other-version fingerprints are skipped.
 */
export function findStory(fingerprint: string, candidates: Story[]): Story | undefined {
  const own = decodeFingerprint(fingerprint);
  if (!own) return undefined;
  let best: { story: Story; score: number } | undefined;
  for (const story of candidates) {
    const other = decodeFingerprint(story.fingerprint);
    if (!other) continue;
    const comparison = compareFingerprints(own, other);
    if (!comparison.duplicate) continue;
    const better =
      !best ||
      comparison.score > best.score ||
      (comparison.score === best.score && story.firstPublishedAt < best.story.firstPublishedAt);
    if (better) best = { story, score: comparison.score };
  }
  return best?.story;
}
