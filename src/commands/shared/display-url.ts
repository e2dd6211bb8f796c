/** Query parameters whose values are secrets, by name. */
const secretParameter = /token|key|secret|password|passwd|auth|sig|signature|credential/i;

/**
 * A URL safe to show in chat and to record: user name and password removed, and the values of
 * secret-looking query parameters (`?token=…`, `api_key`, …) masked. Anything that is not a URL is
 * returned with `user:pass@` patterns masked.
 */
export function displayUrl(url: string): string {
  if (!URL.canParse(url)) return redactText(url);
  const parsed = new URL(url);
  parsed.username = "";
  parsed.password = "";
  for (const name of [...parsed.searchParams.keys()]) {
    if (secretParameter.test(name)) parsed.searchParams.set(name, "***");
  }
  return parsed.toString().replaceAll("%2A%2A%2A", "***");
}

/** Free text (an error detail) with credentials in any URL it mentions masked. */
export function redactText(text: string): string {
  return text
    .replace(/https?:\/\/[^\s"'<>]+/giu, (match) => (URL.canParse(match) ? displayUrl(match) : match))
    .replace(/\/\/[^/\s:@]+:[^/\s@]+@/gu, "//");
}
