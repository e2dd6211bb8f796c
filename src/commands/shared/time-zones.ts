import { isTimeZone } from "../../text/is-time-zone.js";

/**
 * Current names ICU may not list yet (Node 20 lists Europe/Kiev, not Europe/Kyiv), kept when the
 * runtime accepts them, so admins find the spelling they know.
 */
const modernNames = ["UTC", "Europe/Kyiv", "Asia/Kolkata", "America/Nuuk", "Asia/Yangon", "Pacific/Kanton"];

let zones: string[] | undefined;

/** Every IANA time zone this runtime knows, sorted, UTC first. */
export function timeZones(): string[] {
  zones ??= [
    ...new Set([...modernNames.filter(isTimeZone), ...Intl.supportedValuesOf("timeZone").filter(isTimeZone)]),
  ].sort((a, b) => (a === "UTC" ? -1 : b === "UTC" ? 1 : a.localeCompare(b)));
  return zones;
}

/**
 * The zone named by `input` in its usual spelling ("europe/kyiv" → "Europe/Kyiv", "utc" → "UTC"),
 * or undefined when the runtime does not know it.
 */
export function canonicalTimeZone(input: string): string | undefined {
  const typed = input.trim();
  if (typed === "" || !isTimeZone(typed)) return undefined;
  const lower = typed.toLowerCase();
  const listed = timeZones().find((zone) => zone.toLowerCase() === lower);
  if (listed !== undefined) return listed;
  // Accepted but unlisted (an alias such as "Etc/GMT+2"): keep the typed capitals, else title-case it.
  return typed === lower
    ? typed.replace(/(^|[/_])([a-z])/g, (_, sep: string, c: string) => sep + c.toUpperCase())
    : typed;
}
