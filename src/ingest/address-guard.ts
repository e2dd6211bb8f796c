import { BlockList, isIP } from "node:net";
import { embeddedIpv4 } from "./embedded-ipv4.js";
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
// The NAT64 well-known prefix 64:ff9b::/96 is not here: on a DNS64 network every IPv4-only feed
// resolves into it, so it is judged by the IPv4 address it carries (see embeddedIpv4). The
// local-use NAT64, 6to4 and Teredo ranges stay blocked as a whole and are judged by theirs too.
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

  const isBlockedAddress = (rawIp: string): boolean => {
    const ip = stripBrackets(rawIp).split("%")[0] ?? "";
    const family = isIP(ip);
    // Whatever is not a well-formed address cannot be vouched for.
    if (family === 0) return true;
    if (family === 4) return check(ip, "ipv4");
    // An address that carries an IPv4 address may deliver to that IPv4 host, so it is judged as
    // that host too. The allow-list names hosts of our network, so it opens only the mapped form
    // (our own stack); what a translator, relay or tunnel reaches is in its network, and an
    // allow-listed IPv6 range (say 2002::/16) never opens the private IPv4 addresses inside it.
    const carriesBlocked = embeddedIpv4(ip).some(({ ipv4, via }) =>
      via === "mapped" ? check(ipv4, "ipv4") : blocked.check(ipv4, "ipv4"),
    );
    return carriesBlocked || check(ip, "ipv6");
  };
  const isAllowedHost = (hostname: string): boolean => {
    const host = stripBrackets(hostname.toLowerCase()).replace(/\.$/, "");
    if (allowedHosts.has(host)) return true;
    const family = isIP(host);
    // An IP literal is "allowed" only if reaching it is: listed, and carrying no blocked IPv4.
    return family !== 0 && allowed.check(host, family === 4 ? "ipv4" : "ipv6") && !isBlockedAddress(host);
  };
  return { isBlockedAddress, isAllowedHost };
}

function stripBrackets(host: string): string {
  return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}
