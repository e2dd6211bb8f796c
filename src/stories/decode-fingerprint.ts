import { bodySlots, fingerprintVersion, leadSlots } from "./fingerprint-article.js";

/** A fingerprint read back from its string form. */
export interface DecodedFingerprint {
  /** Distinct 5-word shingles in the body. */
  bodyCount: number;
  /** MinHash of the body shingles. */
  body: Uint32Array;
  /** Distinct word pairs in headline + opening. */
  leadCount: number;
  /** MinHash of those word pairs. */
  lead: Uint32Array;
}

const cacheLimit = 20_000;
const cache = new Map<string, DecodedFingerprint | null>();

/**
 * Decodes a fingerprint written by `fingerprintArticle`; null for anything else (another format
 * version, a damaged value). Decoded values are cached, since the same recent stories are compared
 * against every new article.
 */
export function decodeFingerprint(fingerprint: string): DecodedFingerprint | null {
  const cached = cache.get(fingerprint);
  if (cached !== undefined) return cached;
  const decoded = decode(fingerprint);
  if (cache.size >= cacheLimit) cache.clear();
  cache.set(fingerprint, decoded);
  return decoded;
}

function decode(fingerprint: string): DecodedFingerprint | null {
  const parts = fingerprint.split(".");
  if (parts.length !== 5 || parts[0] !== fingerprintVersion) return null;
  const bodyCount = Number.parseInt(parts[1] ?? "", 36);
  const leadCount = Number.parseInt(parts[3] ?? "", 36);
  const body = signature(parts[2] ?? "", bodySlots);
  const lead = signature(parts[4] ?? "", leadSlots);
  if (!Number.isFinite(bodyCount) || !Number.isFinite(leadCount) || !body || !lead) return null;
  return { bodyCount, body, leadCount, lead };
}

function signature(encoded: string, slots: number): Uint32Array | null {
  const bytes = Buffer.from(encoded, "base64url");
  if (bytes.length !== slots * 4) return null;
  const values = new Uint32Array(slots);
  for (let i = 0; i < slots; i += 1) values[i] = bytes.readUInt32BE(i * 4);
  return values;
}
