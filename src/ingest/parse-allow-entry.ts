import { isIP } from "node:net";

/** One `ingest.allowPrivate` entry, as the address guard applies it. */
export type AllowEntry =
  | { kind: "host"; host: string }
  | { kind: "address"; address: string; family: "ipv4" | "ipv6" }
  | { kind: "subnet"; network: string; prefix: number; family: "ipv4" | "ipv6" };

// A DNS name: dot-separated labels of letters, digits, dashes (and underscores, which intranets use).
const hostName =
  /^(?=.{1,253}$)([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)(\.[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?)*$/;

/**
 * Read an allow-list entry: a host name ("intranet.example"), an IP ("10.0.0.5", "::1", "[::1]")
 * or a CIDR ("10.1.0.0/16", "fd00::/8"). Null when it is none of these, so config validation and
 * the guard agree on what an entry means.
 */
export function parseAllowEntry(raw: string): AllowEntry | null {
  const entry = stripBrackets(raw.trim().toLowerCase());
  const slash = entry.indexOf("/");
  const network = slash === -1 ? entry : stripBrackets(entry.slice(0, slash));
  // A zone ("fe80::1%eth0") names an interface of this machine; it has no meaning in a shared config.
  const version = network.includes("%") ? 0 : isIP(network);
  if (slash !== -1) {
    const prefixText = entry.slice(slash + 1);
    const prefix = Number(prefixText);
    const bits = version === 4 ? 32 : 128;
    if (version === 0 || !/^\d{1,3}$/.test(prefixText) || prefix > bits) return null;
    return { kind: "subnet", network, prefix, family: version === 4 ? "ipv4" : "ipv6" };
  }
  if (version !== 0) return { kind: "address", address: network, family: version === 4 ? "ipv4" : "ipv6" };
  const host = entry.replace(/\.$/, "");
  // A name ending in a number is a malformed IPv4 address ("10.0.0.256"), never a host.
  if (!hostName.test(host) || /(^|\.)\d+$/.test(host)) return null;
  return { kind: "host", host };
}

function stripBrackets(host: string): string {
  return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}
