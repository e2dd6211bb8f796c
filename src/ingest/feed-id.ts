import { createHash } from "node:crypto";

/**
 * Stable feed id: the first 16 hex characters of the sha256 of the URL, after lower-casing the
 * host, dropping the fragment and a trailing slash of the path, so `https://Example.com/feed/`
 * and `https://example.com/feed` are one feed.
 */
export function feedIdFor(url: string): string {
  return createHash("sha256").update(normaliseFeedUrl(url)).digest("hex").slice(0, 16);
}

function normaliseFeedUrl(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    // Config and /feed add validate URLs before they get here; an id must still be derivable.
    return trimmed;
  }
  // WHATWG URL already lower-cases the host and drops a default port.
  parsed.hash = "";
  const path = parsed.pathname.endsWith("/") ? parsed.pathname.slice(0, -1) : parsed.pathname;
  const auth =
    parsed.username === "" ? "" : `${parsed.username}${parsed.password === "" ? "" : `:${parsed.password}`}@`;
  return `${parsed.protocol}//${auth}${parsed.host}${path}${parsed.search}`;
}
