/**
 * How much a briefing shows, so it reads in a minute; the rest is counted as "+N more". The one
 * place for these numbers: composing, ranking and the tests all read them from here.
 */
export const briefingLimits = {
  /** Developments under "What's new". */
  events: 3,
  /** Disputed points. */
  disputes: 2,
  /** Entries of one dispute on each side of it: asserting (or confirming), and denying. */
  disputeEntriesPerSide: 2,
  /** Side groups (and "Other", "Unattributed / media") under "Who claims what". */
  groups: 6,
  /** Speakers shown in a side's group. */
  speakersPerGroup: 4,
  /** Speakers shown under "Other" (no side known). */
  otherSpeakers: 3,
  /** Speakers shown under "Unattributed / media". */
  unattributedSpeakers: 3,
  /** Claims shown per speaker: the strongest; the rest are counted. */
  claimsPerSpeaker: 1,
  /** Outlets named in the sources line. */
  sources: 5,
} as const;
