import { isIP } from "node:net";
import { Agent, request } from "undici";
import { type AddressGuard, createAddressGuard } from "./address-guard.js";
import { classifyFetchError } from "./classify-fetch-error.js";
import { decompressBody } from "./decompress-body.js";
import type { ConditionalHeaders, FetchResult, GuardedFetch } from "./fetch-result.js";
import { createGuardedLookup } from "./guarded-lookup.js";

export interface GuardedFetchOptions {
  /** Sent as User-Agent: who we are and where to complain. */
  userAgent: string;
  /** Total time for all hops including the body, in ms. */
  timeoutMs: number;
  /** Cap on the body, counted on the wire and again after decompression. */
  maxBodyBytes: number;
  maxRedirects: number;
  /** `ingest.allowPrivate`: hosts, IPs or CIDRs exempt from the SSRF guard. */
  allowPrivate: readonly string[];
  /** Accept header; defaults to feed types. */
  accept?: string;
}

/** A guarded fetch bound to one connection pool; `close` releases its sockets. */
export interface GuardedFetcher {
  /** GET a URL with the guard, caps, timeout and redirect limit applied. */
  fetch: GuardedFetch;
  close(): Promise<void>;
}

const feedAccept =
  "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";
const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/** Create the only HTTP client ingest uses: SSRF guard on every hop and every DNS answer. */
export function createGuardedFetch(options: GuardedFetchOptions): GuardedFetcher {
  const guard = createAddressGuard(options.allowPrivate);
  const agent = new Agent({
    connect: { lookup: createGuardedLookup(guard), timeout: options.timeoutMs },
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
  });
  const fetchOne: GuardedFetch = async (url, conditional) => {
    const signal = AbortSignal.timeout(options.timeoutMs);
    try {
      return await followRedirects(url, conditional ?? {}, signal);
    } catch (error) {
      return classifyFetchError(error, signal.aborted);
    }
  };

  async function followRedirects(
    startUrl: string,
    conditional: ConditionalHeaders,
    signal: AbortSignal,
  ): Promise<FetchResult> {
    let current = startUrl;
    for (let hop = 0; ; hop++) {
      const target = checkUrl(current, guard);
      if (typeof target === "string")
        return {
          kind: "failed",
          reason: target === "bad_url" ? "bad_url" : "blocked_address",
          detail:
            target === "bad_url"
              ? `not an http(s) URL: ${current}`
              : `${current} points at a private, loopback or metadata address`,
        };
      const response = await request(target, {
        method: "GET",
        dispatcher: agent,
        signal,
        headers: requestHeaders(options, conditional),
      });
      const { statusCode, headers, body } = response;
      if (redirectStatuses.has(statusCode) && headers.location !== undefined) {
        await body.dump();
        if (hop >= options.maxRedirects) {
          return {
            kind: "failed",
            reason: "too_many_redirects",
            detail: `more than ${options.maxRedirects} redirects from ${startUrl}`,
          };
        }
        current = new URL(String(headers.location), target).toString();
        continue;
      }
      if (statusCode === 304) {
        await body.dump();
        return { kind: "not_modified" };
      }
      if (statusCode < 200 || statusCode >= 300) {
        await body.dump();
        return {
          kind: "failed",
          reason: `http_${statusCode}`,
          detail: `${target.toString()} answered ${statusCode}`,
        };
      }
      const flat = flattenHeaders(headers);
      const raw = await readCapped(body, options.maxBodyBytes);
      if (raw === null)
        return { kind: "failed", reason: "too_large", detail: `body over ${options.maxBodyBytes} bytes` };
      const decoded = decompressBody(raw, flat["content-encoding"], options.maxBodyBytes);
      if (decoded.kind === "failed") return decoded;
      return {
        kind: "ok",
        status: statusCode,
        headers: flat,
        body: decoded.body,
        finalUrl: target.toString(),
      };
    }
  }

  return { fetch: fetchOne, close: () => agent.close() };
}

/** The URL to request, or why not: only http(s), and literal IPs are judged before connecting. */
function checkUrl(url: string, guard: AddressGuard): URL | "bad_url" | "blocked_address" {
  if (!URL.canParse(url)) return "bad_url";
  const parsed = new URL(url);
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return "bad_url";
  const host = parsed.hostname.replace(/^\[|\]$/g, "");
  // A literal IP never goes through DNS lookup, so the connector's check would not see it.
  if (isIP(host) !== 0 && !guard.isAllowedHost(host) && guard.isBlockedAddress(host))
    return "blocked_address";
  return parsed;
}

function requestHeaders(
  options: GuardedFetchOptions,
  conditional: ConditionalHeaders,
): Record<string, string> {
  const headers: Record<string, string> = {
    "user-agent": options.userAgent,
    accept: options.accept ?? feedAccept,
    "accept-encoding": "gzip, deflate, br",
  };
  if (conditional.etag) headers["if-none-match"] = conditional.etag;
  if (conditional.lastModified) headers["if-modified-since"] = conditional.lastModified;
  return headers;
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}

/** Read the body, giving up (and closing the socket) as soon as it passes the cap. */
async function readCapped(
  body: AsyncIterable<Buffer> & { destroy(): unknown },
  cap: number,
): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.length;
    if (total > cap) {
      body.destroy();
      return null;
    }
    chunks.push(chunk);
  }
  // A body that arrived in one chunk is used as it is rather than copied.
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
}
