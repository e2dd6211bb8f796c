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
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return null;
  }
  for (let depth = 0; depth < 3 && mayRedirect(url.hostname); depth++) {
    const target = redirectTarget(url);
    if (target === null) break;
    url = target;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  url.hash = "";
  foldAmp(url);
  if (url.search !== "") {
    const kept = [...url.searchParams].filter(([name, value]) => !isTracking(name, value));
    kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    url.search = new URLSearchParams(kept).toString();
  }
  return url.toString();
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
  let path = url.pathname;
  path = path.replace(/\/amp(?=\/|$)/gi, "");
  path = path.replace(/\.amp(\.html?)?$/i, (_match, html: string | undefined) => html ?? "");
  path = path.replace(/\/amp\.html?$/i, "/");
  url.pathname = path === "" ? "/" : path;
}
