const minuteMs = 60_000;

// Building a formatter costs far more than using one; a process sees few time zones.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (found === undefined) {
    found = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      weekday: "short",
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, found);
  }
  return found;
}

// Splitting a moment into parts is the slow step of formatting; answers show the same moments often.
const splitMoments = new Map<string, Record<string, string>>();
const maxSplitMoments = 10_000;

function parts(iso: string, timeZone: string): Record<string, string> {
  const key = `${timeZone} ${iso}`;
  let found = splitMoments.get(key);
  if (found === undefined) {
    found = {};
    for (const part of formatterFor(timeZone).formatToParts(new Date(iso))) found[part.type] = part.value;
    if (splitMoments.size >= maxSplitMoments) splitMoments.clear();
    splitMoments.set(key, found);
  }
  return found;
}

/** "Thu 20 Nov 2025, 14:05 Europe/Kyiv": a moment as a reader in that zone says it. */
export function formatDateTime(iso: string, timeZone: string): string {
  const p = parts(iso, timeZone);
  return `${p.weekday} ${p.day} ${p.month} ${p.year}, ${p.hour}:${p.minute} ${timeZone}`;
}

/** "20 Nov": the day of a moment in a zone, for lines of earlier items. */
export function formatShortDate(iso: string, timeZone: string): string {
  const p = parts(iso, timeZone);
  return `${p.day} ${p.month}`;
}

/** "just now", "5 min ago", "3 h ago", "2 days ago"; "in the future" for clocks that disagree. */
export function formatAgo(iso: string, now: Date): string {
  const minutes = Math.floor((now.getTime() - Date.parse(iso)) / minuteMs);
  if (minutes < -1) return "in the future";
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} days ago`;
}
