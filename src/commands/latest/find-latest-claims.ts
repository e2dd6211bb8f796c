import { isUsableClaim } from "../../briefing/claim-filter.js";
import { claimGist, sameGist } from "../../briefing/claim-gist.js";
import { condenseContent } from "../../briefing/condense-content.js";
import { keyOf } from "../../briefing/group-claims.js";
import type { StoredClaim } from "../../claims/stored-claim.js";
import type { ClaimWithSource, LatestClaimStore } from "../../store/latest-claim-queries.js";
import type { TopicMatchStore } from "../../store/topic-match-queries.js";
import type { Topic } from "../../topics/topic.js";
import { topicQueryKey } from "../../topics/topic-query-key.js";
import { newestFirst, type StreamFilter } from "./newest-first.js";
import { createTopicMatcher } from "./topic-matcher.js";

/** One claim to show, merged with its copies in other outlets. */
export interface LatestClaim {
  claim: StoredClaim;
  /** The content as a briefing shows it (condensed; a quote stays verbatim). */
  content: string;
  article: ClaimWithSource["article"];
  /** Outlets that carried the same claim (same speaker, stance and gist). */
  outlets: Set<string>;
}

/** What a search found, newest first. */
export interface LatestClaims {
  claims: LatestClaim[];
  /** True when every claim of the streams was looked at, so `claims` is all there is. */
  complete: boolean;
  /** Stored claims looked at. */
  scanned: number;
}

export interface LatestRequest {
  topic: Topic;
  /** One stream per speaker key, or one side, or one empty filter for every claim. */
  filters: StreamFilter[];
  /** Stop after this many distinct claims. */
  want: number;
}

/** Bounds the work of one `/latest`, whatever the store holds. */
const maxScanned = 400;
const batchSize = 16;

/**
 * The newest claims a briefing would show, on a topic: read newest first through the store's
 * indexes in small batches, skipping in the store the articles kept as off the topic, matching
 * the articles not decided yet (and keeping their verdicts), and keeping the claims
 * `isUsableClaim` accepts, merging wire copies.
 */
export function createLatestClaimFinder(
  store: LatestClaimStore & Pick<TopicMatchStore, "saveTopicMatches">,
  onSaveFailed: (error: unknown) => void,
): (request: LatestRequest) => Promise<LatestClaims> {
  const matcher = createTopicMatcher(store, onSaveFailed);
  const verdicts = new Map<string, boolean>();
  return async (request) => {
    if (verdicts.size > 10_000) verdicts.clear();
    const topicKey = topicQueryKey(request.topic.query);
    const streams = request.filters.map(
      (filter) => (before: Parameters<LatestClaimStore["newestClaims"]>[0]["before"], limit: number) =>
        store.newestClaims({ ...filter, topicKey, ...(before ? { before } : {}), limit }),
    );
    const rows = newestFirst(streams, { first: batchSize, next: batchSize * 2 });
    const found: (LatestClaim & { gist: Set<string>; speaker: string })[] = [];
    let scanned = 0;
    let complete = false;
    while (found.length < request.want) {
      const batch: ClaimWithSource[] = [];
      while (batch.length < batchSize && scanned < maxScanned) {
        const next = await rows.next();
        if (next.done) break;
        batch.push(next.value);
        scanned += 1;
      }
      if (batch.length === 0) {
        complete = scanned < maxScanned;
        break;
      }
      const onTopic = await matcher.matching(request.topic.query, batch);
      for (const row of batch) {
        if (found.length >= request.want) break;
        if (!onTopic.has(row.claim.articleId)) continue;
        const content = condenseContent(row.claim.claim.content.text, row.claim.claim.direct);
        if (!isUsableClaim(row.claim.claim, content, verdicts)) continue;
        const speaker = keyOf(row.claim);
        const gist = claimGist(content);
        // A wire story carried by five outlets is one claim, shown once with its newest copy.
        const copy = found.find(
          (item) =>
            item.speaker === speaker && item.claim.stance === row.claim.stance && sameGist(item.gist, gist),
        );
        if (copy) copy.outlets.add(row.article.outlet);
        else
          found.push({
            claim: row.claim,
            content,
            article: row.article,
            outlets: new Set([row.article.outlet]),
            gist,
            speaker,
          });
      }
    }
    await rows.return(undefined);
    return { claims: found.map(({ gist: _gist, speaker: _speaker, ...claim }) => claim), complete, scanned };
  };
}
