import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from "node:zlib";

type Decompressed =
  | { kind: "ok"; body: Buffer }
  | { kind: "failed"; reason: "too_large" | "bad_encoding"; detail: string };

/**
 * Undo Content-Encoding with the output capped at `cap` bytes, so a small gzip that inflates to
 * gigabytes (a "bomb") stops at the cap instead of filling memory.
 */
export function decompressBody(raw: Buffer, contentEncoding: string | undefined, cap: number): Decompressed {
  const codings = (contentEncoding ?? "")
    .toLowerCase()
    .split(",")
    .map((coding) => coding.trim())
    .filter((coding) => coding !== "" && coding !== "identity");
  // Some servers (and saved files) hand over gzip bytes without saying so.
  if (codings.length === 0 && raw[0] === 0x1f && raw[1] === 0x8b) codings.push("gzip");
  let body = raw;
  try {
    // Codings are listed in the order they were applied, so undo them last-first.
    for (const coding of codings.reverse()) body = undo(coding, body, cap);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError) {
      return { kind: "failed", reason: "too_large", detail: `body over ${cap} bytes after decompression` };
    }
    return {
      kind: "failed",
      reason: "bad_encoding",
      detail: `cannot decode ${codings.join(", ")}: ${(error as Error).message}`,
    };
  }
  return { kind: "ok", body };
}

function undo(coding: string, body: Buffer, cap: number): Buffer {
  const options = { maxOutputLength: cap };
  switch (coding) {
    case "gzip":
    case "x-gzip":
      return gunzipSync(body, options);
    case "br":
      return brotliDecompressSync(body, options);
    case "deflate":
      // Servers disagree whether "deflate" means zlib-wrapped or raw deflate; accept both.
      try {
        return inflateSync(body, options);
      } catch (error) {
        if (error instanceof RangeError) throw error;
        return inflateRawSync(body, options);
      }
    default:
      return body;
  }
}
