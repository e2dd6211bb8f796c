import { eventTerms } from "../../briefing/event-terms.js";
import { leadSentences } from "../../briefing/lead-sentences.js";
import { cosine, type TermVector, termWeighting } from "../../briefing/term-vectors.js";
import { compareFingerprints } from "../../stories/compare-fingerprints.js";
import { decodeFingerprint } from "../../stories/decode-fingerprint.js";
import { fingerprintArticle } from "../../stories/fingerprint-article.js";
import type { StoryWhy, TopicArticle } from "./topic-selection.js";

/**
 * Term cosine at which a write-up the query misses counts as the same event as a query match.
 * Far stricter than the briefing's event grouping (0.075, average link): there, a weak link only
 * merges two events already in the topic; here it would bring an article in, so only an article
 * telling the same event in the same terms may join.
 */
export const eventJoinThreshold = 0.5;
/**
 * Below this cosine two articles are not compared as possible near-duplicates: a copy shares its
 * original's lead, so it is far above it. Why: fingerprinting every article of a window costs more
 * than the rest of a briefing.
 */
const duplicateGate = 0.2;
// Only pairs sharing a term at most this share of the batch has are compared (and at least 2).
const distinctiveShare = 0.2;
const leadLength = 2;
/** Seeds compared in full with each candidate: those most alike by their rare terms. */
const maxCompared = 8;
const figure = /^\p{N}/u;

/**
 * For each candidate (an article the query missed), the query match it joins the topic through,
 * if any: its near-duplicate (same `storyId`; or, when either has no story yet, MinHash
 * fingerprints alike), else the same event (cosine of rare headline and lead words ≥ 0.5; figures
 * are left out of it, since a shared number alone, "25 killed", does not make two reports one).
 *
 * One hop only: joins go from query matches to candidates, never from a joined article onward,
 * so an off-topic article cannot pull in a chain of others. `topicTerms` (the query's words) are
 * discounted in the term weights: every article of the topic has some of them.
 */
export function findStoryJoins(
  seeds: TopicArticle[],
  candidates: TopicArticle[],
  topicTerms: string[],
): (StoryWhy | undefined)[] {
  if (seeds.length === 0 || candidates.length === 0) return candidates.map(() => undefined);
  const byStory = new Map<string, TopicArticle>();
  for (const seed of seeds) if (seed.storyId && !byStory.has(seed.storyId)) byStory.set(seed.storyId, seed);
  const vectors = eventVectors([...seeds, ...candidates], topicTerms);
  const blocking = seedPostings(vectors.slice(0, seeds.length), vectors.length);
  const fingerprints = new Map<TopicArticle, string>();
  const fingerprintOf = (article: TopicArticle) => {
    let fingerprint = fingerprints.get(article);
    if (fingerprint === undefined) {
      fingerprint = fingerprintArticle(article);
      fingerprints.set(article, fingerprint);
    }
    return fingerprint;
  };

  return candidates.map((candidate, offset) => {
    const sameStory = candidate.storyId ? byStory.get(candidate.storyId) : undefined;
    if (sameStory) return join("duplicate", sameStory, 1);
    const vector = vectors[seeds.length + offset] as TermVector;
    let event: StoryWhy | undefined;
    for (const index of blocking(vector)) {
      const seed = seeds[index] as TopicArticle;
      const similarity = cosine(vector, vectors[index] as TermVector);
      // Two articles of known, different stories were already found not to be near-duplicates.
      if (similarity >= duplicateGate && !(candidate.storyId && seed.storyId)) {
        const own = decodeFingerprint(fingerprintOf(candidate));
        const other = decodeFingerprint(fingerprintOf(seed));
        const comparison = own && other ? compareFingerprints(own, other) : undefined;
        if (comparison?.duplicate) return join("duplicate", seed, comparison.score);
      }
      if (similarity >= eventJoinThreshold && similarity > (event?.similarity ?? 0)) {
        event = join("event", seed, similarity);
      }
    }
    return event;
  });
}

function join(basis: StoryWhy["basis"], seed: TopicArticle, similarity: number): StoryWhy {
  return {
    basis,
    article: { id: seed.id, title: seed.title },
    similarity: Math.round(similarity * 1000) / 1000,
  };
}

/** Headline + lead word vectors, weighted by rarity within the batch, as event grouping makes them. */
function eventVectors(articles: TopicArticle[], topicTerms: string[]): TermVector[] {
  const termMaps = articles.map((article) => {
    const terms = eventTerms(article.title, leadSentences(article.text, leadLength).join(" "));
    for (const term of terms.keys()) if (figure.test(term)) terms.delete(term);
    return terms;
  });
  const vectorise = termWeighting(termMaps, new Set(eventTerms("", topicTerms.join(" ")).keys()));
  return termMaps.map(vectorise);
}

/**
 * A look-up from a vector to the seeds (by index) most alike to it by its distinctive terms, best
 * first, at most `maxCompared`. Why: comparing every candidate with every seed is quadratic in the
 * window; summing over the short posting lists of rare terms is not, and a seed that shares none
 * of them cannot be alike enough to matter.
 */
function seedPostings(seedVectors: TermVector[], batchSize: number): (vector: TermVector) => number[] {
  const postings = new Map<number, { seed: number; weight: number }[]>();
  seedVectors.forEach((vector, seed) => {
    vector.ids.forEach((id, slot) => {
      const weight = (vector.weights[slot] ?? 0) / vector.norm;
      const list = postings.get(id);
      if (list) list.push({ seed, weight });
      else postings.set(id, [{ seed, weight }]);
    });
  });
  const maxPostings = Math.max(2, Math.floor(batchSize * distinctiveShare));
  // One accumulator for all look-ups, cleared after each through the seeds it touched.
  const scores = new Float64Array(seedVectors.length);
  return (vector) => {
    const touched: number[] = [];
    vector.ids.forEach((id, slot) => {
      const list = postings.get(id);
      if (list === undefined || list.length > maxPostings) return;
      const weight = (vector.weights[slot] ?? 0) / vector.norm;
      for (const { seed, weight: other } of list) {
        if (scores[seed] === 0) touched.push(seed);
        scores[seed] = (scores[seed] ?? 0) + weight * other;
      }
    });
    const ranked = touched.map((seed) => ({ seed, score: scores[seed] ?? 0 }));
    for (const seed of touched) scores[seed] = 0;
    return ranked
      .sort((a, b) => b.score - a.score || a.seed - b.seed)
      .slice(0, maxCompared)
      .map((entry) => entry.seed);
  };
}
