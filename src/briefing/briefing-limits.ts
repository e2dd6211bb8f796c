/** How much a briefing shows, so it reads in a minute; the rest is counted as "+N more". */
export const briefingLimits = {
  events: 5,
  disputes: 4,
  disputeEntries: 5,
  groups: 6,
  speakersPerGroup: 6,
  unattributedSpeakers: 3,
  claimsPerSpeaker: 2,
  sources: 8,
} as const;
