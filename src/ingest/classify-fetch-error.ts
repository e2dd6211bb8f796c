import type { FetchResult } from "./fetch-result.js";

const dnsCodes = new Set(["ENOTFOUND", "EAI_AGAIN", "EAI_FAIL", "EAI_NODATA", "EAI_NONAME"]);
const timeoutCodes = new Set([
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "ETIMEDOUT",
]);

/** Turn whatever the HTTP stack threw into a failure value with a reason code. */
export function classifyFetchError(
  error: unknown,
  aborted: boolean,
): Extract<FetchResult, { kind: "failed" }> {
  const chain = errorChain(error);
  const detail = chain.map((entry) => entry.message).find((message) => message !== "") ?? String(error);
  const codes = chain.flatMap((entry) => [entry.code ?? "", entry.name ?? ""]);
  if (codes.includes("ERR_NEWSBRIEF_BLOCKED_ADDRESS"))
    return { kind: "failed", reason: "blocked_address", detail };
  if (aborted || codes.some((code) => timeoutCodes.has(code) || code === "TimeoutError")) {
    return { kind: "failed", reason: "timeout", detail };
  }
  if (codes.some((code) => dnsCodes.has(code))) return { kind: "failed", reason: "dns_failure", detail };
  if (codes.includes("ERR_INVALID_URL") || codes.includes("UND_ERR_INVALID_ARG"))
    return { kind: "failed", reason: "bad_url", detail };
  return { kind: "failed", reason: "connection_failed", detail };
}

interface ErrorLike {
  message: string;
  code?: string;
  name?: string;
}

/** The error, its causes and (for happy-eyeballs AggregateErrors) its members, flattened. */
function errorChain(error: unknown, depth = 0): ErrorLike[] {
  if (depth > 5 || typeof error !== "object" || error === null) return [];
  const entry = error as {
    message?: unknown;
    code?: unknown;
    name?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  const self: ErrorLike = {
    message: typeof entry.message === "string" ? entry.message : "",
    ...(typeof entry.code === "string" ? { code: entry.code } : {}),
    ...(typeof entry.name === "string" ? { name: entry.name } : {}),
  };
  const members = Array.isArray(entry.errors)
    ? entry.errors.flatMap((member) => errorChain(member, depth + 1))
    : [];
  return [self, ...errorChain(entry.cause, depth + 1), ...members];
}
