import { StoreError } from "./store-error.js";

/**
 * Normalise an ISO time to `YYYY-MM-DDTHH:mm:ss.sssZ`. Why: times are text columns compared as
 * text, which is only chronological when every value has the same shape ("…00Z" sorts after
 * "…00.500Z" otherwise).
 */
export function isoTime(value: string, field = "time"): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new StoreError("store_time_invalid", `${field}: "${value}" is not an ISO 8601 time`);
  }
  return date.toISOString();
}
