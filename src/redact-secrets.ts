// Bot tokens, Slack tokens, webhook URLs' secret parts and credentials in URLs, wherever they appear.
const secretValue =
  /(xox[abposr]-[\w-]+|xapp-[\w-]+|[MN][\w-]{23,25}\.[\w-]{6}\.[\w-]{27,38}|\/\/[^/\s:@]+:[^/\s@]+@|\/api\/webhooks\/\d+\/[\w-]+|\/services\/T[\w]+\/B[\w]+\/[\w]+)/g;

/**
 * Mask bot tokens, Slack tokens, webhook tokens and credentials in URLs (`https://user:secret@host`
 * → `https://[redacted]@host`) wherever they appear in the text, and every literal in `known` (the
 * secrets this process was given). The one redaction: log lines, errors and CLI output all go
 * through it.
 */
export function redactSecrets(text: string, known: readonly string[] = []): string {
  let safe = text;
  for (const secret of known) {
    if (secret.length >= 6) safe = safe.split(secret).join("[redacted]");
  }
  return safe.replace(secretValue, (match) => {
    if (match.startsWith("//")) return "//[redacted]@";
    if (match.startsWith("/api/webhooks/")) return "/api/webhooks/[redacted]";
    if (match.startsWith("/services/")) return "/services/[redacted]";
    return "[redacted]";
  });
}
