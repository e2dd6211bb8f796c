import { z } from "zod";

const jsonObject = z.record(z.string(), z.unknown());

/**
 * The body of a request from Slack as an object: slash commands arrive form-encoded, interactive
 * payloads form-encoded with the JSON in a `payload` field, Events API callbacks (and
 * url_verification) as JSON. `null` when it is none of these.
 */
export function parseBody(contentType: string | undefined, body: Buffer): Record<string, unknown> | null {
  const type = (contentType ?? "").split(";")[0]?.trim().toLowerCase();
  try {
    if (type === "application/json") return jsonObject.parse(JSON.parse(body.toString("utf8")));
    if (type === "application/x-www-form-urlencoded") {
      const form = Object.fromEntries(new URLSearchParams(body.toString("utf8")));
      const { payload } = form;
      return payload === undefined ? form : jsonObject.parse(JSON.parse(payload));
    }
  } catch {
    return null;
  }
  return null;
}
