import { describe, expect, it } from "vitest";
import { createAddressGuard } from "../../../src/ingest/address-guard.js";

describe("address guard", () => {
  const guard = createAddressGuard();

  it.each([
    "127.0.0.1",
    "127.8.9.10",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "169.254.1.1",
    "100.64.0.1",
    "100.127.255.255",
    "0.0.0.0",
    "0.1.2.3",
    "224.0.0.1",
    "255.255.255.255",
    "240.0.0.1",
    "::1",
    "::",
    "fe80::1",
    "fc00::1",
    "fd00:ec2::254",
    "ff02::1",
    "::ffff:127.0.0.1",
    "::ffff:7f00:1",
    "::ffff:169.254.169.254",
    "::ffff:10.0.0.1",
    "[::1]",
    "fe80::1%eth0",
  ])("when the address is %s, then it is blocked", (ip) => {
    expect(guard.isBlockedAddress(ip)).toBe(true);
  });

  it.each(["93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "::ffff:8.8.8.8"])(
    "when the address is public (%s), then it is allowed",
    (ip) => {
      expect(guard.isBlockedAddress(ip)).toBe(false);
    },
  );

  it("when something is not an IP at all, then it is treated as blocked", () => {
    expect(guard.isBlockedAddress("example.com")).toBe(true);
  });

  it("when the allow-list names IPs, CIDRs and hosts, then exactly those open up", () => {
    const open = createAddressGuard(["127.0.0.1", "10.20.0.0/16", "intranet.local", "::1"]);
    expect(open.isBlockedAddress("127.0.0.1")).toBe(false);
    expect(open.isBlockedAddress("::ffff:127.0.0.1")).toBe(false);
    expect(open.isBlockedAddress("127.0.0.2")).toBe(true);
    expect(open.isBlockedAddress("10.20.5.5")).toBe(false);
    expect(open.isBlockedAddress("10.21.0.1")).toBe(true);
    expect(open.isBlockedAddress("::1")).toBe(false);
    expect(open.isAllowedHost("intranet.local")).toBe(true);
    expect(open.isAllowedHost("INTRANET.local.")).toBe(true);
    expect(open.isAllowedHost("other.local")).toBe(false);
    expect(open.isBlockedAddress("169.254.169.254")).toBe(true);
  });
});
