import type { IncomingMessage } from "node:http";

/**
 * The raw body, or `null` when it is larger than `maxBytes`. Past the cap nothing more is kept:
 * the rest is drained and dropped, so the caller can still answer 413 on the same connection.
 */
export function readBody(request: IncomingMessage, maxBytes: number): Promise<Buffer | null> {
  const declared = Number(request.headers["content-length"] ?? "0");
  if (Number.isFinite(declared) && declared > maxBytes) {
    request.resume();
    return Promise.resolve(null);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        request.off("data", onData);
        request.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    };
    request.on("data", onData);
    request.once("end", () => resolve(size > maxBytes ? null : Buffer.concat(chunks)));
    request.once("error", reject);
  });
}
