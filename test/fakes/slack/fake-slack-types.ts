/** One Web API call the fake received. */
export interface ApiCall {
  method: string;
  /** Form fields (JSON-encoded ones, such as `blocks` and `metadata`, decoded). */
  params: Record<string, unknown>;
  /** The bearer token it carried. */
  token: string | undefined;
  /** When it arrived (Date.now()). */
  at: number;
}

/** A message chat.postMessage stored, as conversations.history gives it back. */
export interface FakeMessage {
  channel: string;
  ts: string;
  text: string;
  blocks?: unknown;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

/** How the fake misbehaves for one call of a method. */
export type Fault =
  /** HTTP 429 with a Retry-After header. */
  | { kind: "ratelimited"; retryAfterSeconds: number }
  /** An HTTP status (500, 503) with a short text body. */
  | { kind: "status"; status: number }
  /** Never answers (until the fake closes). */
  | { kind: "hang" }
  /** Drops the connection without an answer. */
  | { kind: "reset" }
  /** Does the work (stores the message), then drops the connection before answering. */
  | { kind: "lost-answer" }
  /** Does the work (stores the message), then never answers: a crash of the caller lands between accepted and marked. */
  | { kind: "accept-then-hang" }
  /** HTTP 200 with `{ok: false, error}` (channel_not_found, not_in_channel…). */
  | { kind: "error"; error: string };

/** A body posted to a response_url. */
export interface ResponsePost {
  id: string;
  body: unknown;
}

/** A Socket Mode acknowledgement. */
export interface SocketAck {
  envelope_id: string;
  payload: unknown;
}

/** A user as users.info describes them. */
export interface FakeUser {
  is_admin?: boolean;
  is_owner?: boolean;
  is_primary_owner?: boolean;
}
