import type { Claim, Span, Speaker, SpeakerKind, Stance } from "../../../src/claims/claim.js";
import type { StoredClaim } from "../../../src/claims/stored-claim.js";
import { speakerKey } from "../../../src/stories/speaker-key.js";

/** An article text the claims point into. */
export interface TestArticle {
  id: string;
  text: string;
  publishedAt: string;
}

export function makeTestArticle(id: string, sentences: string[], publishedAt = "2025-11-20T09:00:00.000Z") {
  return { id, text: sentences.join(" "), publishedAt };
}

function spanOf(article: TestArticle, text: string, from = 0): Span {
  const start = article.text.indexOf(text, from);
  if (start < 0) throw new Error(`"${text}" is not in article ${article.id}`);
  return { text, start, end: start + text.length };
}

export interface SpeakerSpec {
  /** The speaker span as written in the article. */
  written: string;
  name: string | null;
  kind: SpeakerKind;
  role?: string | null;
  org?: string | null;
  side?: string | null;
}

export function makeSpeaker(article: TestArticle, spec: SpeakerSpec): Speaker {
  return {
    ...spanOf(article, spec.written),
    name: spec.name,
    role: spec.role ?? null,
    org: spec.org ?? null,
    kind: spec.kind,
    side: spec.side ?? null,
  };
}

let claimIndex = 0;

/** A stored claim whose spans are found in the article text, so they are consistent by construction. */
export function makeStoredClaim(
  article: TestArticle,
  spec: {
    speaker: SpeakerSpec | null;
    cue: string;
    content: string;
    stance: Stance;
    direct?: boolean;
    negated?: boolean;
    index?: number;
  },
): StoredClaim {
  const speaker = spec.speaker ? makeSpeaker(article, spec.speaker) : null;
  const claim: Claim = {
    speaker,
    cue: spanOf(article, spec.cue),
    content: spanOf(article, spec.content),
    direct: spec.direct ?? false,
    stance: spec.stance,
    negated: spec.negated ?? false,
  };
  claimIndex += 1;
  return {
    articleId: article.id,
    index: spec.index ?? claimIndex,
    speakerKey: speaker ? speakerKey(speaker) : null,
    side: speaker?.side ?? null,
    stance: spec.stance,
    publishedAt: article.publishedAt,
    claim,
  };
}
