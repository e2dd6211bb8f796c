import type { StoredArticle } from "../store/store.js";
import { clusterAverageLink } from "./cluster-average-link.js";
import { eventTerms } from "./event-terms.js";
import { leadSentences } from "./lead-sentences.js";

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
// Small windows make every shared word look common; IDF is computed as if at least this many stories.
const minDocuments = 20;
const leadLength = 2;
// Why not zero: a topic word can still tell events apart ("ceasefire" in one, not in another).
const topicDiscount = 0.4;
// Why a cap: the similarity matrix is quadratic; past this, older stories stay events of their own.
const maxClustered = 800;

interface Unit {
  members: StoredArticle[];
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
  const vectorise = weighting(clustered, new Set(eventTerms("", topicWords.join(" ")).keys()));
  const vectors = clustered.map((unit) => vectorise(unit.terms));
  const similarity = similarityMatrix(vectors);
  const groups = clusterAverageLink(similarity, clustered.length, eventThreshold);
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
  for (const candidate of [...group].sort((a, b) => firstPublished(units[a]).localeCompare(firstPublished(units[b])))) {
    const first = units[candidate]?.members[0];
    if (first === undefined) continue;
    const lead = vectorise(eventTerms("", leadSentences(first.text, 1)[0] ?? first.title));
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
  lists.sort((a, b) => latest(b).localeCompare(latest(a)));
  return lists.map((members) => {
    const first = members[0] as StoredArticle;
    return { members, terms: eventTerms(first.title, leadSentences(first.text, leadLength).join(" ")) };
  });
}

interface TermVector {
  /** Term ids, ascending. */
  ids: Int32Array;
  /** Weight of each term (boost × IDF). */
  weights: Float64Array;
  /** Euclidean norm of `weights` (1 for an empty vector). */
  norm: number;
}

/** Turns a term map into a vector weighted by each term's rarity among the units (IDF), topic terms discounted. */
function weighting(units: Unit[], topicTerms: Set<string>): (terms: Map<string, number>) => TermVector {
  const ids = new Map<string, number>();
  const frequency: number[] = [];
  for (const unit of units) {
    for (const term of unit.terms.keys()) {
      let id = ids.get(term);
      if (id === undefined) {
        id = ids.size;
        ids.set(term, id);
        frequency.push(0);
      }
      frequency[id] = (frequency[id] ?? 0) + 1;
    }
  }
  const documents = Math.max(units.length, minDocuments);
  return (terms) => {
    const entries: { id: number; weight: number }[] = [];
    for (const [term, boost] of terms) {
      const id = ids.get(term);
      // A term no unit has cannot be shared; it only dilutes the cosine.
      if (id === undefined) continue;
      const idf = Math.log((documents + 1) / ((frequency[id] ?? 0) + 0.5));
      entries.push({ id, weight: boost * idf * (topicTerms.has(term) ? topicDiscount : 1) });
    }
    entries.sort((a, b) => a.id - b.id);
    const weights = Float64Array.from(entries, (entry) => entry.weight);
    const norm = Math.sqrt(weights.reduce((sum, weight) => sum + weight * weight, 0)) || 1;
    return { ids: Int32Array.from(entries, (entry) => entry.id), weights, norm };
  };
}

/** Pairwise cosine similarities as a row-major matrix. */
function similarityMatrix(vectors: TermVector[]): Float32Array {
  const size = vectors.length;
  const matrix = new Float32Array(size * size);
  for (let i = 0; i < size; i += 1) {
    const a = vectors[i];
    if (a === undefined) continue;
    for (let j = i + 1; j < size; j += 1) {
      const b = vectors[j];
      if (b === undefined) continue;
      const value = cosine(a, b);
      matrix[i * size + j] = value;
      matrix[j * size + i] = value;
    }
  }
  return matrix;
}

function cosine(a: TermVector, b: TermVector): number {
  let dot = 0;
  let x = 0;
  let y = 0;
  while (x < a.ids.length && y < b.ids.length) {
    const left = a.ids[x] ?? 0;
    const right = b.ids[y] ?? 0;
    if (left === right) {
      dot += (a.weights[x] ?? 0) * (b.weights[y] ?? 0);
      x += 1;
      y += 1;
    } else if (left < right) x += 1;
    else y += 1;
  }
  return dot / (a.norm * b.norm);
}

function firstPublished(unit: Unit | undefined): string {
  return unit?.members[0]?.publishedAt ?? "";
}

function chronological(a: StoredArticle, b: StoredArticle): number {
  return a.publishedAt.localeCompare(b.publishedAt) || a.id.localeCompare(b.id);
}

function latest(members: StoredArticle[]): string {
  return members[members.length - 1]?.publishedAt ?? "";
}
