import { createPublicKey, type KeyObject, verify } from "node:crypto";

/** DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw 32-byte key follows it. */
const spkiPrefix = Buffer.from("302a300506032b6570032100", "hex");

/** The application's public key (64 hex characters, Developer Portal "General Information") as a key object. */
export function ed25519PublicKey(hex: string): KeyObject {
  if (!/^[0-9a-f]{64}$/iu.test(hex)) throw new Error("DISCORD_PUBLIC_KEY must be 64 hex characters");
  return createPublicKey({
    key: Buffer.concat([spkiPrefix, Buffer.from(hex, "hex")]),
    format: "der",
    type: "spki",
  });
}

/**
 * Whether Discord signed this request: Ed25519 over timestamp + raw body, the signature in
 * `X-Signature-Ed25519` (hex) and the timestamp in `X-Signature-Timestamp`. Anything malformed is false.
 */
export function verifySignature(
  key: KeyObject,
  headers: { signature: string | undefined; timestamp: string | undefined },
  body: Buffer,
): boolean {
  const { signature, timestamp } = headers;
  if (signature === undefined || timestamp === undefined || !/^[0-9a-f]{128}$/iu.test(signature))
    return false;
  try {
    return verify(null, Buffer.concat([Buffer.from(timestamp), body]), key, Buffer.from(signature, "hex"));
  } catch {
    return false;
  }
}
