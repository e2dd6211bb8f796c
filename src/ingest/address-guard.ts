import { BlockList, isIP } from "node:net";
import { parseAllowEntry } from "./parse-allow-entry.js";

/** Decides which network addresses a fetch may reach (the SSRF guard). */
export interface AddressGuard {
  /** True when connecting to this IP (v4 or v6 literal) must be refused. */
  isBlockedAddress(ip: string): boolean;
  /** True when the host name is on the allow-list, so whatever it resolves to may be reached. */
  isAllowedHost(hostname: string): boolean;
}

type Family = "ipv4" | "ipv6";

// Everything a feed URL must never reach: loopback, private, link-local, unique-local, CGNAT,
// cloud metadata, unspecified, multicast, broadcast, documentation/benchmark and reserved ranges.
const blockedRanges: ReadonlyArray<[string, number, Family]> = [
  ["0.0.0.0", 8, "ipv4"],
  ["10.0.0.0", 8, "ipv4"],
  ["100.64.0.0", 10, "ipv4"],
  ["127.0.0.0", 8, "ipv4"],
  ["169.254.0.0", 16, "ipv4"],
  ["172.16.0.0", 12, "ipv4"],
  ["192.0.0.0", 24, "ipv4"],
  ["192.0.2.0", 24, "ipv4"],
  ["192.88.99.0", 24, "ipv4"],
  ["192.168.0.0", 16, "ipv4"],
  ["198.18.0.0", 15, "ipv4"],
  ["198.51.100.0", 24, "ipv4"],
  ["203.0.113.0", 24, "ipv4"],
  ["224.0.0.0", 4, "ipv4"],
  ["240.0.0.0", 4, "ipv4"],
  ["::", 128, "ipv6"],
  ["::1", 128, "ipv6"],
  ["64:ff9b::", 96, "ipv6"],
  ["64:ff9b:1::", 48, "ipv6"],
  ["100::", 64, "ipv6"],
  ["2001::", 23, "ipv6"],
  ["2001:db8::", 32, "ipv6"],
  ["2002::", 16, "ipv6"],
  ["fc00::", 7, "ipv6"],
  ["fe80::", 10, "ipv6"],
  ["fec0::", 10, "ipv6"],
  ["ff00::", 8, "ipv6"],
];

/**
 * Build the guard from the config allow-list (`ingest.allowPrivate`): entries may be host
 * names ("localhost", "intranet.example"), IPs ("127.0.0.1", "::1") or CIDRs ("10.1.0.0/16").
 */
export function createAddressGuard(allowPrivate: readonly string[] = []): AddressGuard {
  const blocked = new BlockList();
  for (const [network, prefix, family] of blockedRanges) blocked.addSubnet(network, prefix, family);
  const allowed = new BlockList();
  const allowedHosts = new Set<string>();
  for (const raw of allowPrivate) {
    const entry = parseAllowEntry(raw);
    // Config validation refuses such entries at startup; anything else passing one is a bug.
    if (entry === null) throw new Error(`allow-list entry "${raw}" is not a host name, IP address or CIDR`);
    if (entry.kind === "host") allowedHosts.add(entry.host);
    else if (entry.kind === "address") allowed.addAddress(entry.address, entry.family);
    else allowed.addSubnet(entry.network, entry.prefix, entry.family);
  }

  const check = (ip: string, family: Family): boolean => {
    if (allowed.check(ip, family)) return false;
    return blocked.check(ip, family);
  };

  return {
    isBlockedAddress(rawIp) {
      const ip = stripBrackets(rawIp).split("%")[0] ?? "";
      const family = isIP(ip);
      // Whatever is not a well-formed address cannot be vouched for.
      if (family === 0) return true;
      if (family === 4) return check(ip, "ipv4");
      const mapped = embeddedIpv4(ip);
      // An IPv4-mapped/compatible address reaches the IPv4 host, so judge it as IPv4.
      if (mapped !== null) return check(mapped, "ipv4") || (!allowed.check(ip, "ipv6") && check(ip, "ipv6"));
      return check(ip, "ipv6");
    },
    isAllowedHost(hostname) {
      const host = stripBrackets(hostname.toLowerCase()).replace(/\.$/, "");
      return (
        allowedHosts.has(host) ||
        (isIP(host) !== 0 && allowed.check(host, isIP(host) === 4 ? "ipv4" : "ipv6"))
      );
    },
  };
}

function stripBrackets(host: string): string {
  return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}

/** The IPv4 address inside ::ffff:a.b.c.d, ::ffff:0:a.b.c.d (and hex forms), or ::a.b.c.d; else null. */
function embeddedIpv4(ip: string): string | null {
  const words = expandIpv6(ip);
  if (words === null) return null;
  const high = words.slice(0, 5).every((word) => word === 0);
  const mapped = high && words[5] === 0xffff;
  const compatible = high && words[5] === 0 && (words[6] !== 0 || (words[7] ?? 0) > 1);
  if (!mapped && !compatible) return null;
  const a = words[6] ?? 0;
  const b = words[7] ?? 0;
  return `${a >> 8}.${a & 255}.${b >> 8}.${b & 255}`;
}

function expandIpv6(ip: string): number[] | null {
  let text = ip.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const parts = dotted[1].split(".").map(Number);
    const [p0 = 0, p1 = 0, p2 = 0, p3 = 0] = parts;
    text = `${text.slice(0, dotted.index)}${((p0 << 8) | p1).toString(16)}:${((p2 << 8) | p3).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 && missing !== 0) return null;
  const words = [...head, ...Array<string>(Math.max(missing, 0)).fill("0"), ...tail].map((word) =>
    Number.parseInt(word, 16),
  );
  return words.length === 8 && words.every((word) => Number.isFinite(word)) ? words : null;
}
