import type { ClaimCursor, ClaimWithSource, NewestClaimsQuery } from "../../store/latest-claim-queries.js";

/** One filtered newest-first claim stream: a page after a cursor. */
export type ClaimPages = (before: ClaimCursor | undefined, limit: number) => Promise<ClaimWithSource[]>;

/** Filters of one stream: a speaker key, a side, or nothing. */
export type StreamFilter = Omit<NewestClaimsQuery, "before" | "limit">;

interface Stream {
  pages: ClaimPages;
  buffer: ClaimWithSource[];
  cursor: ClaimCursor | undefined;
  done: boolean;
  read: number;
}

/**
 * Claims of several streams (one per speaker key) merged newest first, each stream read a page at
 * a time only when its buffer runs dry. Why not one query with `speaker_key IN (…)`: the engines
 * would then sort every claim of those speakers; one index walk per key reads only what is shown.
 */
export async function* newestFirst(
  streams: readonly ClaimPages[],
  pageSizes: { first: number; next: number },
): AsyncGenerator<ClaimWithSource> {
  const state: Stream[] = streams.map((pages) => ({
    pages,
    buffer: [],
    cursor: undefined,
    done: false,
    read: 0,
  }));
  for (;;) {
    await Promise.all(
      state.filter((stream) => stream.buffer.length === 0 && !stream.done).map((s) => refill(s, pageSizes)),
    );
    let best: Stream | undefined;
    for (const stream of state) {
      const head = stream.buffer[0];
      const bestHead = best?.buffer[0];
      if (head !== undefined && (bestHead === undefined || newer(head, bestHead))) best = stream;
    }
    const next = best?.buffer.shift();
    if (next === undefined) return;
    yield next;
  }
}

async function refill(stream: Stream, sizes: { first: number; next: number }): Promise<void> {
  const limit = stream.read === 0 ? sizes.first : sizes.next;
  const page = await stream.pages(stream.cursor, limit);
  stream.read += page.length;
  if (page.length < limit) stream.done = true;
  const last = page.at(-1)?.claim;
  if (last) stream.cursor = { publishedAt: last.publishedAt, articleId: last.articleId, index: last.index };
  stream.buffer.push(...page);
}

/** Newest-first order: publication time, then article id, then index, all descending. */
function newer(a: ClaimWithSource, b: ClaimWithSource): boolean {
  const x = a.claim;
  const y = b.claim;
  if (x.publishedAt !== y.publishedAt) return x.publishedAt > y.publishedAt;
  if (x.articleId !== y.articleId) return x.articleId > y.articleId;
  return x.index > y.index;
}
