import type { Claim, Stance } from "./claim.js";

/** A claim as stored: the contract's Claim plus where it came from and who it is across articles. */
export interface StoredClaim {
  articleId: string;
  /** Position of the claim in its article's extraction output. */
  index: number;
  /** Canonical speaker across articles ("dmitry peskov"); null when there is no speaker. */
  speakerKey: string | null;
  /** Side of the speaker, copied out for queries. */
  side: string | null;
  stance: Stance;
  /** The article's publication time, copied out for time-window queries. */
  publishedAt: string;
  claim: Claim;
}
