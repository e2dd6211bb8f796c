/**
 * The confidence a claim needs to be shown in a briefing or /latest (see `isUsableClaim`).
 * Why 0.5: on PolNeAR dev, claims below it agree with the gold attribution about half the time or
 * less (wants and endorsements, fragments of three words or fewer, pronouns left unresolved),
 * while those at or above it agree about three times in four or more; see README "Confidence".
 */
export const shownConfidence = 0.5;
