import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from "node:dns";
import type { LookupFunction } from "node:net";
import type { AddressGuard } from "./address-guard.js";

/** Raised inside the connector when a host resolves to an address the guard refuses. */
export class BlockedAddressError extends Error {
  readonly code = "ERR_NEWSBRIEF_BLOCKED_ADDRESS";
  constructor(
    readonly hostname: string,
    readonly address: string,
  ) {
    super(`${hostname} resolves to blocked address ${address}`);
  }
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for net/tls.connect that refuses the connection when ANY resolved address is
 * blocked. Because the socket connects to exactly the addresses this function returns, the
 * address checked is the address used: a DNS answer changing between check and connect
 * (rebinding) cannot slip through.
 */
export function createGuardedLookup(guard: AddressGuard): LookupFunction {
  const guarded = (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) {
        callback(error, []);
        return;
      }
      if (!guard.isAllowedHost(hostname)) {
        const bad = addresses.find((entry) => guard.isBlockedAddress(entry.address));
        if (bad) {
          callback(new BlockedAddressError(hostname, bad.address), []);
          return;
        }
      }
      const first = addresses[0];
      if (options.all === true) callback(null, addresses);
      else if (first) callback(null, first.address, first.family);
      else callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), []);
    });
  };
  return guarded as unknown as LookupFunction;
}
