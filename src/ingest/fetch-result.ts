/** Reason codes a fetch can fail with; `http_<status>` covers every unexpected HTTP status. */
export type FetchFailureReason =
  | "timeout"
  | "too_large"
  | "blocked_address"
  | "too_many_redirects"
  | "dns_failure"
  | "connection_failed"
  | "bad_url"
  | "bad_encoding"
  | `http_${number}`;

/** The outcome of one guarded GET: expected outcomes are values, never exceptions. */
export type FetchResult =
  | {
      kind: "ok";
      /** Final HTTP status (2xx). */
      status: number;
      /** Response headers of the final hop, lower-case names. */
      headers: Record<string, string>;
      /** Decoded (decompressed) body, at most the configured cap. */
      body: Buffer;
      /** URL after redirects. */
      finalUrl: string;
    }
  | { kind: "not_modified" }
  | {
      kind: "failed";
      reason: FetchFailureReason;
      /** Human-readable detail for logs and admins. */
      detail: string;
    };

/** Validators from the previous fetch, sent as If-None-Match / If-Modified-Since. */
export interface ConditionalHeaders {
  etag?: string | null;
  lastModified?: string | null;
}

/** A guarded HTTP GET. */
export type GuardedFetch = (url: string, conditional?: ConditionalHeaders) => Promise<FetchResult>;
