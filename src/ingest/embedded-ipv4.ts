import { expandIpv6 } from "./expand-ipv6.js";

/** An IPv4 address carried inside an IPv6 address, and the mechanism that would carry traffic to it. */
export interface EmbeddedIpv4 {
  ipv4: string;
  /**
   * "mapped" is this machine's own IPv4 stack reaching that host; every other form goes through a
   * translator, relay or tunnel, which reaches the address as seen from its own network.
   */
  via: "mapped" | "translated" | "compatible" | "nat64" | "6to4" | "teredo" | "isatap";
}

/**
 * Every IPv4 address an IPv6 address carries, and so may end up delivering to; empty for a plain
 * IPv6 address. The forms:
 * - IPv4-mapped `::ffff:a.b.c.d` and IPv4-translated `::ffff:0:a.b.c.d` (RFC 4291, RFC 2765),
 * - IPv4-compatible `::a.b.c.d` (deprecated; `::` and `::1` excluded),
 * - NAT64 `64:ff9b::/96` (RFC 6052) and the local-use `64:ff9b:1::/48` (RFC 8215, read in its
 *   common /96 layout),
 * - 6to4 `2002:AABB:CCDD::/48` (RFC 3056),
 * - Teredo `2001:0::/32` (RFC 4380): the server in bits 32–63, the client inverted in bits 96–127,
 * - ISATAP interface ids `…:0:5efe:a.b.c.d` and `…:200:5efe:a.b.c.d` under any prefix (RFC 5214).
 */
export function embeddedIpv4(ip: string): EmbeddedIpv4[] {
  const words = expandIpv6(ip);
  if (words === null) return [];
  const [w0, w1, w2, w3, w4, w5, w6, w7] = words as Words;
  const low = ipv4(w6, w7);
  const zeroUpTo = (end: number, from = 0) => words.slice(from, end).every((word) => word === 0);
  const found: EmbeddedIpv4[] = [];
  if (zeroUpTo(5) && w5 === 0xffff) found.push({ ipv4: low, via: "mapped" });
  else if (zeroUpTo(4) && w4 === 0xffff && w5 === 0) found.push({ ipv4: low, via: "translated" });
  else if (zeroUpTo(6) && (w6 !== 0 || w7 > 1)) found.push({ ipv4: low, via: "compatible" });
  if (w0 === 0x64 && w1 === 0xff9b && (w2 === 1 || zeroUpTo(6, 2))) found.push({ ipv4: low, via: "nat64" });
  if (w0 === 0x2002) found.push({ ipv4: ipv4(w1, w2), via: "6to4" });
  if (w0 === 0x2001 && w1 === 0)
    found.push(
      { ipv4: ipv4(w2, w3), via: "teredo" },
      { ipv4: ipv4(w6 ^ 0xffff, w7 ^ 0xffff), via: "teredo" },
    );
  // The universal/local and group bits of the ISATAP interface id say nothing about where it leads.
  if ((w4 & 0xfcff) === 0 && w5 === 0x5efe) found.push({ ipv4: low, via: "isatap" });
  return found;
}

type Words = [number, number, number, number, number, number, number, number];

function ipv4(high: number, low: number): string {
  return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
}
