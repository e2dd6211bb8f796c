import type { StoredArticle } from "../ingest/stored-article.js";
import { compareCodes } from "../text/compare-codes.js";
import { clusterAverageLink } from "./cluster-average-link.js";
import { eventTerms } from "./event-terms.js";
import { leadSentences } from "./lead-sentences.js";
import { similarPairs } from "./similar-pairs.js";
import { cosine, type TermVector, termWeighting } from "./term-vectors.js";

/** Articles about one event, from however many outlets and near-duplicate stories. */
export interface ArticleEvent {
  /** The event's articles, oldest first. */
  members: StoredArticle[];
  /** The article most alike to the rest of the event: its lead makes the summary. */
  representative: StoredArticle;
}

/**
 * Average similarity at which two groups of stories are one event. Similarity is the cosine of
 * IDF-weighted salient terms; separate write-ups of one event score 0.1–0.6, different events of
 * the same story (a plan, a strike, a visit) under 0.06. Conservative: when unsure, two events.
 */
export const eventThreshold = 0.075;
const leadLength = 2;
// Why a cap: the similarity matrix is quadratic; past this, older stories stay events of their own.
const maxClustered = 800;
const maxCandidates = 8;

interface Unit {
  members: StoredArticle[];
  /** The first article's opening sentences. */
  lead: string[];
  terms: Map<string, number>;
}

/**
 * Group the window's articles into events. Near-duplicate stories (`storyId`) are the base unit;
 * stories are joined when their headlines and leads share enough salient terms (names, places,
 * figures, rare words), weighted by how rare each term is within the window, by average-link
 * clustering. Articles without a story are a story of their own. `topicWords` (what the topic's
 * query asks for) weigh less: every article of the topic has some of them.
 */
export function groupEvents(articles: StoredArticle[], topicWords: string[] = []): ArticleEvent[] {
  const units = toUnits(articles);
  const clustered = units.slice(0, maxClustered);
  const vectorise = termWeighting(
    clustered.map((unit) => unit.terms),
    new Set(eventTerms("", topicWords.join(" ")).keys()),
  );
  const vectors = clustered.map((unit) => vectorise(unit.terms));
  const groups = clusterSimilar(vectors);
  for (let index = clustered.length; index < units.length; index += 1) groups.push([index]);
  return groups.map((group) => {
    const members = group.flatMap((index) => units[index]?.members ?? []).sort(chronological);
    const chosen = group.length === 1 ? group[0] : representativeOf(group, units, vectors, vectorise);
    const representative = units[chosen ?? 0]?.members[0] ?? (members[0] as StoredArticle);
    return { members, representative };
  });
}

/**
 * The story whose lead sentence (what the summary is made of) is most alike to the other stories'
 * headlines and leads: the one that says what they all say. Earliest on ties.
 */
function representativeOf(
  group: number[],
  units: Unit[],
  vectors: TermVector[],
  vectorise: (terms: Map<string, number>) => TermVector,
): number {
  let best = group[0] ?? 0;
  let bestScore = -1;
  for (const candidate of shortlist(group, vectors).sort((a, b) =>
    compareCodes(firstPublished(units[a]), firstPublished(units[b])),
  )) {
    const unit = units[candidate];
    if (unit === undefined) continue;
    const lead = vectorise(eventTerms("", unit.lead[0] ?? unit.members[0]?.title ?? ""));
    let score = 0;
    for (const other of group) {
      const vector = vectors[other];
      if (other !== candidate && vector !== undefined) score += cosine(lead, vector);
    }
    if (score > bestScore + 1e-9) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** Stories, each with its articles oldest first; the stories ordered by their newest article, newest first. */
function toUnits(articles: StoredArticle[]): Unit[] {
  const byStory = new Map<string, StoredArticle[]>();
  for (const article of articles) {
    const key = article.storyId ?? `article:${article.id}`;
    const list = byStory.get(key);
    if (list) list.push(article);
    else byStory.set(key, [article]);
  }
  const lists = [...byStory.values()].map((members) => members.sort(chronological));
  lists.sort((a, b) => compareCodes(latest(b), latest(a)));
  return lists.map((members) => {
    const first = members[0] as StoredArticle;
    const lead = leadSentences(first.text, leadLength);
    return { members, lead, terms: eventTerms(first.title, lead.join(" ")) };
  });
}

/**
 * Of a large event, only the stories most alike to the rest (by the similarity matrix) compete to
 * represent it: scoring a lead against every member is quadratic in the event's size.
 */
function shortlist(group: number[], vectors: TermVector[]): number[] {
  if (group.length <= maxCandidates) return [...group];
  const central = group.map((candidate) => {
    let score = 0;
    const own = vectors[candidate];
    for (const other of group) {
      const vector = vectors[other];
      if (own !== undefined && vector !== undefined && other !== candidate) score += cosine(own, vector);
    }
    return { candidate, score };
  });
  central.sort((a, b) => b.score - a.score || a.candidate - b.candidate);
  return central.slice(0, maxCandidates).map((entry) => entry.candidate);
}

/**
 * Average-link clusters of the vectors' indices. Only stories alike to some other story at the
 * threshold can ever join one (an average of similarities below it stays below it), so the dense
 * matrix the clustering needs is built over those alone; every other story is an event by itself.
 */
function clusterSimilar(vectors: TermVector[]): number[][] {
  const pairs = similarPairs(vectors);
  const activeIndex = new Int32Array(vectors.length).fill(-1);
  const active: number[] = [];
  for (let n = 0; n < pairs.values.length; n += 1) {
    if ((pairs.values[n] ?? 0) < eventThreshold) continue;
    for (const index of [pairs.left[n] ?? 0, pairs.right[n] ?? 0]) {
      if (activeIndex[index] === -1) {
        activeIndex[index] = active.length;
        active.push(index);
      }
    }
  }
  const size = active.length;
  const matrix = new Float32Array(size * size);
  for (let n = 0; n < pairs.values.length; n += 1) {
    const a = activeIndex[pairs.left[n] ?? 0] ?? -1;
    const b = activeIndex[pairs.right[n] ?? 0] ?? -1;
    if (a < 0 || b < 0) continue;
    matrix[a * size + b] = pairs.values[n] ?? 0;
    matrix[b * size + a] = pairs.values[n] ?? 0;
  }
  const groups = clusterAverageLink(matrix, size, eventThreshold).map((group) =>
    group.map((index) => active[index] ?? 0),
  );
  for (let index = 0; index < vectors.length; index += 1) if (activeIndex[index] === -1) groups.push([index]);
  return groups;
}

function firstPublished(unit: Unit | undefined): string {
  return unit?.members[0]?.publishedAt ?? "";
}

function chronological(a: StoredArticle, b: StoredArticle): number {
  return compareCodes(a.publishedAt, b.publishedAt) || compareCodes(a.id, b.id);
}

function latest(members: StoredArticle[]): string {
  return members[members.length - 1]?.publishedAt ?? "";
}
