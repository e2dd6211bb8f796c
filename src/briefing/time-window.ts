export interface TimeWindow {
  /** Inclusive lower bound, ISO. */
  since: string;
  /** Exclusive upper bound, ISO. */
  until: string;
}
