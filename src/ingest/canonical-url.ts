// Query parameters that only track the reader; they never change which article a URL names.
const trackingParams = new Set([
  "fbclid",
  "gclid",
  "gclsrc",
  "dclid",
  "gbraid",
  "wbraid",
  "msclkid",
  "yclid",
  "igshid",
  "mc_cid",
  "mc_eid",
  "ocid",
  "cmpid",
  "cmp",
  "_ga",
  "_gl",
  "_hsenc",
  "_hsmi",
  "mkt_tok",
  "spm",
  "ito",
  "smid",
  "sr_share",
  "guccounter",
  "guce_referrer",
  "guce_referrer_sig",
]);
const trackingPrefixes = ["utm_", "at_", "ns_", "pk_", "mtm_", "hsa_"];

/**
 * The one URL an article is known by: Google News / Alerts redirects unwrapped, tracking
 * parameters dropped, AMP variants folded onto the normal page, fragment removed, remaining
 * parameters sorted. Returns null for anything that is not an http(s) URL.
 */
export function canonicalUrl(raw: string, base?: string): string | null {
  const trimmed = raw.trim();
  if (trimmed === "") return null;
  let url = parse(trimmed, base);
  if (url === null) return null;
  for (let depth = 0; depth < 3 && mayRedirect(url.hostname); depth++) {
    const target = redirectTarget(url);
    if (target === null) break;
    url = target;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  // Each URL setter re-serialises the whole URL, so only the ones with something to change run.
  if (url.href.includes("#")) url.hash = "";
  foldAmp(url);
  const search = url.search;
  if (search === "") return url.href;
  // With the fragment gone the query ends the URL, so dropping it all needs no setter.
  if (onlyTracking(search.slice(1))) return url.href.slice(0, -search.length);
  url.search = keptParams(url);
  return url.href;
}

function keptParams(url: URL): string {
  const kept = [...url.searchParams].filter(([name, value]) => !isTracking(name, value));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new URLSearchParams(kept).toString();
}

/**
 * True when every parameter of a query is a tracking one, read without URLSearchParams. Only
 * for queries with nothing to decode ("%", "+"); false sends the rest the thorough way.
 */
function onlyTracking(query: string): boolean {
  if (query.includes("%") || query.includes("+")) return false;
  for (const pair of query.split("&")) {
    if (pair === "") continue;
    const equals = pair.indexOf("=");
    const name = equals === -1 ? pair : pair.slice(0, equals);
    if (!isTracking(name, equals === -1 ? "" : pair.slice(equals + 1))) return false;
  }
  return true;
}

// Bases repeat for every item of a feed: remember whether the last one parses.
let lastBase: { text: string; valid: boolean } | undefined;
const absoluteHttp = /^https?:\/\//i;

function parse(text: string, base: string | undefined): URL | null {
  try {
    if (base !== undefined) {
      if (lastBase?.text !== base) lastBase = { text: base, valid: URL.canParse(base) };
      // new URL throws for a bad base even when the input is absolute.
      if (!lastBase.valid) return null;
      // An absolute http(s) URL ignores its base; parsing it alone skips parsing the base again.
      if (!absoluteHttp.test(text)) return new URL(text, base);
    }
    return new URL(text);
  } catch {
    return null;
  }
}

function isTracking(name: string, value: string): boolean {
  const lower = name.toLowerCase();
  if (trackingParams.has(lower) || trackingPrefixes.some((prefix) => lower.startsWith(prefix))) return true;
  // ?amp, ?amp=1 and outputType=amp only select the AMP rendering.
  return lower === "amp" || (lower === "outputtype" && value.toLowerCase() === "amp");
}

function mayRedirect(host: string): boolean {
  return host.includes("google.") || host.endsWith(".cdn.ampproject.org");
}

/** google.com/url?url=…, news.google.com/…?url=…, and the AMP cache: where the link really points. */
function redirectTarget(url: URL): URL | null {
  const host = url.hostname.toLowerCase();
  const isGoogle = /(^|\.)google\.[a-z]{2,3}(\.[a-z]{2})?$/.test(host);
  if (isGoogle && (url.pathname === "/url" || host.startsWith("news.") || url.pathname.startsWith("/news"))) {
    const target = url.searchParams.get("url") ?? url.searchParams.get("q");
    if (target && URL.canParse(target) && /^https?:/i.test(target)) return new URL(target);
  }
  if (host.endsWith(".cdn.ampproject.org")) {
    const match = /^\/[a-z]\/(s\/)?(.+)$/.exec(url.pathname);
    if (match?.[2]) {
      const candidate = `${match[1] ? "https" : "http"}://${match[2]}${url.search}`;
      if (URL.canParse(candidate)) return new URL(candidate);
    }
  }
  return null;
}

function foldAmp(url: URL): void {
  if (url.hostname.startsWith("amp.") && url.hostname.split(".").length > 2)
    url.hostname = url.hostname.slice(4);
  const original = url.pathname;
  if (!/amp/i.test(original)) return;
  let path = original;
  path = path.replace(/\/amp(?=\/|$)/gi, "");
  path = path.replace(/\.amp(\.html?)?$/i, (_match, html: string | undefined) => html ?? "");
  path = path.replace(/\/amp\.html?$/i, "/");
  if (path !== original) url.pathname = path === "" ? "/" : path;
}
