import type { BriefingPeriod } from "./briefing.js";
import type { TimeWindow } from "./time-window.js";

interface LocalParts {
  weekday: string;
  day: string;
  month: string;
  year: string;
  time: string;
  /** yyyy-mm-dd in the zone, to compare calendar days. */
  date: string;
}

/**
 * Describe a briefing window in the reader's time zone: "briefing for Fri 21 Nov 2025, 08:00
 * Europe/Kyiv" and "since yesterday 08:00". Days are compared in the zone, not in UTC, so a
 * window that starts at 23:00 UTC may well be "since today".
 */
export function formatPeriod(window: TimeWindow, timezone: string): BriefingPeriod {
  const until = localParts(new Date(window.until), timezone);
  const since = localParts(new Date(window.since), timezone);
  const label = `briefing for ${until.weekday} ${until.day} ${until.month} ${until.year}, ${until.time} ${timezone}`;
  return { since: window.since, until: window.until, timezone, label, sinceLabel: sinceLabel(since, until) };
}

function sinceLabel(since: LocalParts, until: LocalParts): string {
  if (since.date === until.date) return `since ${since.time}`;
  if (since.date === previousDay(until.date)) return `since yesterday ${since.time}`;
  const year = since.year === until.year ? "" : ` ${since.year}`;
  return `since ${since.weekday} ${since.day} ${since.month}${year} ${since.time}`;
}

// Building a formatter costs far more than using one; a process sees few time zones.
const formatters = new Map<string, { parts: Intl.DateTimeFormat; date: Intl.DateTimeFormat }>();

function formattersFor(timeZone: string) {
  let found = formatters.get(timeZone);
  if (found === undefined) {
    found = {
      parts: new Intl.DateTimeFormat("en-GB", {
        timeZone,
        weekday: "short",
        day: "numeric",
        month: "short",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      }),
      date: new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }),
    };
    formatters.set(timeZone, found);
  }
  return found;
}

function localParts(date: Date, timeZone: string): LocalParts {
  const format = formattersFor(timeZone);
  const parts = format.parts.formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? "";
  const monthNumber = format.date.format(date);
  return {
    weekday: get("weekday"),
    day: get("day"),
    month: get("month"),
    year: get("year"),
    time: `${get("hour")}:${get("minute")}`,
    date: monthNumber,
  };
}

function previousDay(isoDate: string): string {
  const day = new Date(`${isoDate}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}
