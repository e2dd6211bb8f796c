/**
 * The confidence a claim needs to be shown in a briefing or /latest (see `isUsableClaim`).
 * Why 0.5: claims below it agree with the gold attribution (speaker, cue, content) on PolNeAR train
 * 52% of the time (dev 60%): wants and endorsements, fragments of three words or fewer, pronouns
 * left unresolved; those at or above it 79% (dev 81%). See README "Claims".
 */
export const shownConfidence = 0.5;
