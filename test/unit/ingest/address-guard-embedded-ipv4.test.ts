import { describe, expect, it } from "vitest";
import { createAddressGuard } from "../../../src/ingest/address-guard.js";

/** An IPv4 address in both spellings an IPv6 literal can carry it in. */
interface Ipv4 {
  dotted: string;
  /** The two 16-bit words, "a9fe:a9fe". */
  hex: string;
}

function ipv4(dotted: string): Ipv4 {
  const [a = 0, b = 0, c = 0, d = 0] = dotted.split(".").map(Number);
  return { dotted, hex: `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}` };
}

/** Teredo stores the client address with every bit inverted. */
function inverted(address: Ipv4): Ipv4 {
  return ipv4(
    address.dotted
      .split(".")
      .map((part) => 255 - Number(part))
      .join("."),
  );
}

const unreachable = [ipv4("10.0.0.1"), ipv4("127.0.0.1"), ipv4("169.254.169.254")];
const publicHost = ipv4("93.184.216.34");
const teredoServer = ipv4("65.54.227.120");

/** Each IPv6 form that embeds an IPv4 address, spelled with the IPv4 part dotted and in hex. */
const forms: Array<{ form: string; range: string; spell: (v4: Ipv4) => string[] }> = [
  {
    form: "IPv4-mapped ::ffff:a.b.c.d",
    range: "::ffff:0:0/96",
    spell: (v4) => [`::ffff:${v4.dotted}`, `::ffff:${v4.hex}`, `0:0:0:0:0:ffff:${v4.hex}`],
  },
  {
    form: "IPv4-translated ::ffff:0:a.b.c.d",
    range: "::ffff:0:0:0/96",
    spell: (v4) => [`::ffff:0:${v4.dotted}`, `::ffff:0:${v4.hex}`, `0:0:0:0:ffff:0:${v4.hex}`],
  },
  {
    form: "IPv4-compatible ::a.b.c.d",
    range: "::/96",
    spell: (v4) => [`::${v4.dotted}`, `::${v4.hex}`],
  },
  {
    form: "NAT64 well-known 64:ff9b::/96",
    range: "64:ff9b::/96",
    spell: (v4) => [`64:ff9b::${v4.dotted}`, `64:ff9b::${v4.hex}`, `64:ff9b:0:0:0:0:${v4.hex}`],
  },
  {
    form: "NAT64 local-use 64:ff9b:1::/48",
    range: "64:ff9b:1::/48",
    spell: (v4) => [`64:ff9b:1::${v4.dotted}`, `64:ff9b:1::${v4.hex}`],
  },
  {
    // The IPv4 address sits in bits 16–47, where only hex can spell it.
    form: "6to4 2002::/16",
    range: "2002::/16",
    spell: (v4) => [`2002:${v4.hex}::1`, `2002:${v4.hex}:0:0:0:${publicHost.dotted}`],
  },
  {
    form: "Teredo 2001::/32, as the (inverted) client",
    range: "2001::/32",
    spell: (v4) => [
      `2001:0:${teredoServer.hex}:8000:63bf:${inverted(v4).dotted}`,
      `2001:0:${teredoServer.hex}:8000:63bf:${inverted(v4).hex}`,
    ],
  },
  {
    form: "Teredo 2001::/32, as the server",
    range: "2001::/32",
    spell: (v4) => [`2001:0:${v4.hex}:8000:63bf:${inverted(publicHost).hex}`],
  },
  {
    form: "ISATAP interface id under a global prefix",
    range: "2606:4700:1::/48",
    spell: (v4) => [
      `2606:4700:1::5efe:${v4.dotted}`,
      `2606:4700:1::5efe:${v4.hex}`,
      `2606:4700:1::200:5efe:${v4.dotted}`,
      `2606:4700:1:0:200:5efe:${v4.hex}`,
    ],
  },
];

const cases = forms.flatMap(({ form, range, spell }) =>
  unreachable.flatMap((v4) => spell(v4).map((address) => ({ form, range, v4: v4.dotted, address }))),
);

describe("address guard: IPv6 addresses that carry an IPv4 address", () => {
  it.each(cases)("when $address ($form of $v4) is checked, then it is blocked", ({ address }) => {
    expect(createAddressGuard().isBlockedAddress(address)).toBe(true);
    expect(createAddressGuard().isBlockedAddress(`[${address}]`)).toBe(true);
  });

  // Not the mapped form: ::ffff:0:0/96 *is* the IPv4 space (node's BlockList reads it so), so
  // allow-listing it allows every IPv4 address, on purpose.
  it.each(cases.filter(({ range }) => range !== "::ffff:0:0/96"))(
    "when the $form range is allow-listed, then $address is still blocked for the $v4 it carries",
    ({ range, address }) => {
      const guard = createAddressGuard([range]);
      expect(guard.isBlockedAddress(address)).toBe(true);
      expect(guard.isAllowedHost(address)).toBe(false);
    },
  );

  it.each(
    forms.filter(({ range }) =>
      ["::ffff:0:0/96", "::ffff:0:0:0/96", "::/96", "64:ff9b::/96"].includes(range),
    ),
  )("when the $form form carries a public IPv4, then it is allowed like that host", ({ spell }) => {
    for (const address of spell(publicHost))
      expect(createAddressGuard().isBlockedAddress(address)).toBe(false);
  });

  it.each(forms.filter(({ range }) => ["64:ff9b:1::/48", "2002::/16", "2001::/32"].includes(range)))(
    "when the $form form carries a public IPv4, then it is blocked for its range unless the range is allow-listed",
    ({ range, spell }) => {
      const publicSpellings = spell(publicHost);
      for (const address of publicSpellings) {
        expect(createAddressGuard().isBlockedAddress(address)).toBe(true);
        expect(createAddressGuard([range]).isBlockedAddress(address)).toBe(false);
      }
    },
  );

  it("when an ISATAP interface id carries a public IPv4 under a public prefix, then it is allowed", () => {
    expect(createAddressGuard().isBlockedAddress(`2606:4700:1::200:5efe:${publicHost.dotted}`)).toBe(false);
  });

  it("when the embedded IPv4 address is allow-listed, then only its mapped form opens up, not what a translator or relay reaches", () => {
    const guard = createAddressGuard(["10.0.0.1"]);
    expect(guard.isBlockedAddress("::ffff:10.0.0.1")).toBe(false);
    expect(guard.isBlockedAddress("::ffff:a00:1")).toBe(false);
    expect(guard.isBlockedAddress("::ffff:10.0.0.2")).toBe(true);
    // The translator's or relay's 10.0.0.1 is another network's host, whatever our allow-list says.
    expect(guard.isBlockedAddress("::ffff:0:10.0.0.1")).toBe(true);
    expect(guard.isBlockedAddress("64:ff9b::a00:1")).toBe(true);
    expect(createAddressGuard(["10.0.0.1", "2002::/16"]).isBlockedAddress("2002:a00:1::1")).toBe(true);
  });

  it("when a plain global IPv6 address happens to contain private-looking words, then it is allowed", () => {
    expect(createAddressGuard().isBlockedAddress("2606:4700::a00:1")).toBe(false);
    expect(createAddressGuard().isBlockedAddress("2606:4700:10:0:5eff:a9fe:a9fe:1")).toBe(false);
  });
});
